import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { useCallback, useRef, useState } from 'react'
import { milesBetween } from '../places/distance.ts'
import { loadDistricts, nearestOutcode, placeOfOutcode } from '../places/districts.ts'

export type LocationState =
  | { state: 'idle' }
  | { state: 'finding' }
  | { state: 'found'; outcode: string }
  | { state: 'problem'; message: MessageDescriptor }

/** GeolocationPositionError.PERMISSION_DENIED: the person (or the browser) said no. */
const PERMISSION_DENIED = 1

/** Further than this from the nearest district's centre, the person is not in Great Britain. */
const FAR_FROM_ANY_DISTRICT_MILES = 30

const MESSAGES = {
  unsupported: msg`This browser cannot share your location. You can type the first part of your postcode instead, like BS1.`,
  denied: msg`That is fine. Harbour cannot see your location, so type the first part of your postcode instead, like BS1.`,
  unavailable: msg`We could not find where you are just now. You can try again, or type the first part of your postcode, like BS1.`,
  outside: msg`Your location seems to be outside Great Britain, where our postcode areas are. You can type a postcode instead.`,
  noTable: msg`We could not load the postcode areas. Check your connection and try again, or type a postcode.`,
} as const

/**
 * "Use my location", only on a tap. The position is rounded to the nearest postcode district at
 * once; only the district is kept (in the search), and the position is never stored or sent.
 */
export function useMyLocation(onFound: (outcode: string) => void) {
  const [status, setStatus] = useState<LocationState>({ state: 'idle' })
  const busy = useRef(false)

  const locate = useCallback(() => {
    if (busy.current) return
    const geolocation = typeof navigator === 'undefined' ? undefined : navigator.geolocation
    if (!geolocation) {
      setStatus({ state: 'problem', message: MESSAGES.unsupported })
      return
    }
    busy.current = true
    setStatus({ state: 'finding' })
    const done = (next: LocationState) => {
      busy.current = false
      setStatus(next)
    }
    geolocation.getCurrentPosition(
      (position) => {
        const here = { latitude: position.coords.latitude, longitude: position.coords.longitude }
        loadDistricts().then(
          (districts) => {
            const outcode = nearestOutcode(districts, here)
            const centre = placeOfOutcode(districts, outcode)
            if (!centre || milesBetween(here, centre) > FAR_FROM_ANY_DISTRICT_MILES) {
              done({ state: 'problem', message: MESSAGES.outside })
              return
            }
            done({ state: 'found', outcode })
            onFound(outcode)
          },
          () => done({ state: 'problem', message: MESSAGES.noTable }),
        )
      },
      (error) => {
        const denied = error.code === PERMISSION_DENIED
        done({ state: 'problem', message: denied ? MESSAGES.denied : MESSAGES.unavailable })
      },
      // A district is all we keep, so a rough, recent fix is plenty and quicker.
      { enableHighAccuracy: false, maximumAge: 10 * 60_000, timeout: 20_000 },
    )
  }, [onFound])

  return { status, locate }
}
