import { Trans, useLingui } from '@lingui/react/macro'
import { useState } from 'react'
import type { AboutMe } from '../../../db/about-me.ts'
import { StatusMessage, type Status } from '../your-data/status-message.tsx'
import { makeShareLink, SHARE_URL_LIMIT } from './share-link.ts'

type LinkState =
  | { step: 'none' }
  | { step: 'making' }
  | { step: 'made'; url: string; madeFrom: AboutMe }
  | { step: 'too-long'; length: number; madeFrom: AboutMe }

// Welsh groups digits as British English does, and Chromium may lack Welsh number data.
const limit = SHARE_URL_LIMIT.toLocaleString('en-GB')

/** A link that holds the About me itself, locked with a key that is also only in the link. */
export function PrivateLink({ aboutMe, empty }: { aboutMe: AboutMe; empty: boolean }) {
  const { t } = useLingui()
  const [lastMade, setLink] = useState<LinkState>({ step: 'none' })
  const [status, setStatus] = useState<Status>()
  // A link holds the About me as it was when it was made: once it changes, that link is put
  // away, so nobody sends an old version by mistake.
  const link =
    'madeFrom' in lastMade && lastMade.madeFrom !== aboutMe ? { step: 'none' as const } : lastMade

  async function make() {
    if (empty) {
      setStatus({
        tone: 'problem',
        text: t`There is nothing to share yet. Write something above first.`,
      })
      return
    }
    setLink({ step: 'making' })
    setStatus(undefined)
    try {
      const result = await makeShareLink(aboutMe, window.location.origin)
      setLink(
        result.kind === 'made'
          ? { step: 'made', url: result.url, madeFrom: aboutMe }
          : { step: 'too-long', length: result.length, madeFrom: aboutMe },
      )
    } catch (error) {
      console.error(error)
      setLink({ step: 'none' })
      setStatus({
        tone: 'problem',
        text: t`This browser couldn’t make a private link. You could download your About me as a file or print it instead.`,
      })
    }
  }

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url)
      setStatus({
        tone: 'done',
        text: t`Link copied. You can paste it into a message to the person you choose.`,
      })
    } catch {
      setStatus({
        tone: 'problem',
        text: t`The link couldn’t be copied for you. Select the link in the box above and copy it yourself.`,
      })
    }
  }

  return (
    <section className="about-me-share__part" aria-labelledby="private-link-heading">
      <h3 id="private-link-heading">
        <Trans>Send a private link</Trans>
      </h3>
      <p>
        <Trans>
          Make a link to send to someone you choose, like a new counsellor, doctor or teacher.
        </Trans>
      </p>
      <ul>
        <li>
          <Trans>
            Anyone who has the link can read your About me, so only send it to people you trust.
          </Trans>
        </li>
        <li>
          <Trans>
            Your About me is locked inside the link itself. It is not sent to Harbour or kept on any
            server.
          </Trans>
        </li>
        <li>
          <Trans>
            Once you have shared the link, Harbour can’t delete it or take it back. It shows your
            About me as it is now, even if you change it later.
          </Trans>
        </li>
      </ul>
      <button
        type="button"
        className="button"
        disabled={link.step === 'making'}
        onClick={() => void make()}
      >
        <Trans>Make a private link</Trans>
      </button>
      {link.step === 'made' && (
        <div className="field about-me-share__link">
          <label htmlFor="private-link">
            <Trans>Your private link</Trans>
          </label>
          <textarea
            id="private-link"
            readOnly
            rows={3}
            value={link.url}
            onFocus={(event) => event.target.select()}
          />
          <div>
            <button type="button" className="button" onClick={() => void copy(link.url)}>
              <Trans>Copy link</Trans>
            </button>
          </div>
        </div>
      )}
      {link.step === 'too-long' && <TooLong length={link.length} />}
      <StatusMessage status={status} />
    </section>
  )
}

function TooLong({ length }: { length: number }) {
  const needed = length.toLocaleString('en-GB')
  return (
    <p className="callout">
      <Trans>
        Your About me is too long to fit in a link. A link can hold about {limit} characters, and
        this one would need {needed}. You could download it as a file or print it instead, and share
        that.
      </Trans>
    </p>
  )
}
