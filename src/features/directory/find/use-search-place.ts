import { useEffect, useState } from 'react'
import { loadDistricts, placeOfOutcode } from '../places/districts.ts'
import type { Place } from '../search/search-model.ts'

export type SearchPlace =
  | { state: 'none' }
  | { state: 'loading'; outcode: string }
  | { state: 'found'; outcode: string; place: Place }
  | { state: 'unknown'; outcode: string }
  /** The districts table could not be loaded (a dropped connection before it was cached). */
  | { state: 'unavailable'; outcode: string }

type Looked = { outcode: string; result: SearchPlace }

/** The centre of the searched postcode district, from the districts table (loaded when needed). */
export function useSearchPlace(outcode: string | undefined): SearchPlace {
  const [looked, setLooked] = useState<Looked>()

  useEffect(() => {
    if (outcode === undefined) return
    let live = true
    loadDistricts().then(
      (districts) => {
        const place = placeOfOutcode(districts, outcode)
        const result: SearchPlace = place
          ? { state: 'found', outcode, place }
          : { state: 'unknown', outcode }
        if (live) setLooked({ outcode, result })
      },
      () => live && setLooked({ outcode, result: { state: 'unavailable', outcode } }),
    )
    return () => {
      live = false
    }
  }, [outcode])

  if (outcode === undefined) return { state: 'none' }
  if (looked?.outcode !== outcode) return { state: 'loading', outcode }
  return looked.result
}
