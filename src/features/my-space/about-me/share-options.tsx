import { useState } from 'react'
import { isAboutMeEmpty, type AboutMe } from '../../../db/about-me.ts'
import { datedFileName, downloadFile } from '../your-data/download-file.ts'
import { StatusMessage, type Status } from '../your-data/status-message.tsx'
import { aboutMeHtmlFile } from './about-me-file.ts'
import { PrivateLink } from './private-link.tsx'

const NOTHING_YET = 'There is nothing to share yet. Write something above first.'

/** Print it, save it as a file, or send a private link: each uses what is in the form now. */
export function ShareOptions({ aboutMe }: { aboutMe: AboutMe }) {
  const [status, setStatus] = useState<Status>()
  const empty = isAboutMeEmpty(aboutMe)

  function print() {
    if (empty) return setStatus({ tone: 'problem', text: NOTHING_YET })
    setStatus(undefined)
    window.print()
  }

  function download() {
    if (empty) return setStatus({ tone: 'problem', text: NOTHING_YET })
    const fileName = datedFileName('about-me', 'html')
    downloadFile(fileName, aboutMeHtmlFile(aboutMe), 'text/html;charset=utf-8')
    setStatus({
      tone: 'done',
      text: `Your file “${fileName}” is ready. Look for it in your downloads.`,
    })
  }

  return (
    <section className="about-me-share" aria-labelledby="share-heading">
      <h2 id="share-heading">Share it your way</h2>
      <p>
        You choose who sees your About me, and how. What you share is what is in the boxes above
        right now, saved or not.
      </p>
      <section className="about-me-share__part" aria-labelledby="print-heading">
        <h3 id="print-heading">Print it or keep it as a file</h3>
        <p>
          Print a clean page with only your About me on it, or save it as a PDF from the print
          screen. Or download it as a small file that opens in any browser, even with no internet.
        </p>
        <div className="button-row">
          <button type="button" className="button" onClick={print}>
            Print or save as PDF
          </button>
          <button type="button" className="button" onClick={download}>
            Download as a file
          </button>
        </div>
        <StatusMessage status={status} />
      </section>
      <PrivateLink aboutMe={aboutMe} empty={empty} />
    </section>
  )
}
