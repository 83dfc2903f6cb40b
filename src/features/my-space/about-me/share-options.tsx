import { Trans, useLingui } from '@lingui/react/macro'
import { useState } from 'react'
import { isAboutMeEmpty, type AboutMe } from '../../../db/about-me.ts'
import { datedFileName, downloadFile } from '../your-data/download-file.ts'
import { StatusMessage, type Status } from '../your-data/status-message.tsx'
import { aboutMeHtmlFile } from './about-me-file.ts'
import { PrivateLink } from './private-link.tsx'

/** Print it, save it as a file, or send a private link: each uses what is in the form now. */
export function ShareOptions({ aboutMe }: { aboutMe: AboutMe }) {
  const { i18n, t } = useLingui()
  const [status, setStatus] = useState<Status>()
  const empty = isAboutMeEmpty(aboutMe)
  const nothingYet = t`There is nothing to share yet. Write something above first.`

  function print() {
    if (empty) return setStatus({ tone: 'problem', text: nothingYet })
    setStatus(undefined)
    window.print()
  }

  function download() {
    if (empty) return setStatus({ tone: 'problem', text: nothingYet })
    const fileName = datedFileName('about-me', 'html')
    downloadFile(fileName, aboutMeHtmlFile(aboutMe, i18n), 'text/html;charset=utf-8')
    setStatus({
      tone: 'done',
      text: t`Your file “${fileName}” is ready. Look for it in your downloads.`,
    })
  }

  return (
    <section className="about-me-share" aria-labelledby="share-heading">
      <h2 id="share-heading">
        <Trans>Share it your way</Trans>
      </h2>
      <p>
        <Trans>
          You choose who sees your About me, and how. What you share is what is in the boxes above
          right now, saved or not.
        </Trans>
      </p>
      <section className="about-me-share__part" aria-labelledby="print-heading">
        <h3 id="print-heading">
          <Trans>Print it or keep it as a file</Trans>
        </h3>
        <p>
          <Trans>
            Print a clean page with only your About me on it, or save it as a PDF from the print
            screen. Or download it as a small file that opens in any browser, even with no internet.
          </Trans>
        </p>
        <div className="button-row">
          <button type="button" className="button" onClick={print}>
            <Trans>Print or save as PDF</Trans>
          </button>
          <button type="button" className="button" onClick={download}>
            <Trans>Download as a file</Trans>
          </button>
        </div>
        <StatusMessage status={status} />
      </section>
      <PrivateLink aboutMe={aboutMe} empty={empty} />
    </section>
  )
}
