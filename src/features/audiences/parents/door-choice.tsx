import { Trans, useLingui } from '@lingui/react/macro'
import { useEffect, useRef, useState } from 'react'
import { useHydrated } from '../../../ui/use-hydrated.ts'
import { forgetDoor, rememberDoor, useDoor } from '../door.ts'

/**
 * "I'm a parent or carer": remembered on this device so Harbour can put parents' things first.
 * Shown once the page is live, since the choice is read from the device and needs the page's
 * script to change.
 */
export function DoorChoice() {
  const { t } = useLingui()
  const hydrated = useHydrated()
  const door = useDoor()
  const [message, setMessage] = useState('')
  const [changedByPerson, setChangedByPerson] = useState(false)
  const chooseRef = useRef<HTMLButtonElement>(null)
  const changeRef = useRef<HTMLButtonElement>(null)
  const chosen = door === 'parents'

  // The button pressed is replaced by the other one: keep keyboard focus on that one.
  useEffect(() => {
    if (!changedByPerson) return
    ;(chosen ? changeRef : chooseRef).current?.focus()
  }, [chosen, changedByPerson])

  if (!hydrated) return null

  function choose() {
    rememberDoor('parents')
    setChangedByPerson(true)
    setMessage(t`Done. This device will remember that you are a parent or carer.`)
  }

  function change() {
    forgetDoor()
    setChangedByPerson(true)
    setMessage(t`Done. This device no longer remembers that you chose the parents’ view.`)
  }

  return (
    <section className="door-choice" aria-labelledby="door-choice-heading">
      <h2 id="door-choice-heading" className="visually-hidden">
        <Trans>The parents’ view</Trans>
      </h2>
      {chosen ? (
        <p className="door-choice__row">
          <span>
            <Trans>You chose the parents’ view.</Trans>
          </span>{' '}
          <button ref={changeRef} type="button" className="button" onClick={change}>
            <Trans>
              Change<span className="visually-hidden"> (forget this choice)</span>
            </Trans>
          </button>
        </p>
      ) : (
        <>
          <p className="door-choice__row">
            <button
              ref={chooseRef}
              type="button"
              className="button button--primary"
              onClick={choose}
            >
              <Trans>I’m a parent or carer</Trans>
            </button>
          </p>
          <p className="hint">
            <Trans>
              Harbour will remember this on this device only, and show things for parents and carers
              first, like services in Find support. Nothing about it is sent anywhere, and you can
              change it at any time.
            </Trans>
          </p>
        </>
      )}
      <p role="status" className="door-choice__status">
        {message}
      </p>
    </section>
  )
}
