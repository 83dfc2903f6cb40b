import { Trans } from '@lingui/react/macro'
import area from 'virtual:harbour-area'

/** Who to tell, when, and every way the area gave to reach them, as real links. */
export function ReportConcernContact() {
  const { name, when, phone, email, url } = area.reportConcern
  return (
    <>
      <p>{when}</p>
      <ul className="link-list">
        {phone && (
          <li>
            <Trans>
              Call {name} on <a href={`tel:${phone.replaceAll(' ', '')}`}>{phone}</a>
            </Trans>
          </li>
        )}
        {email && (
          <li>
            <Trans>
              Email {name} at <a href={`mailto:${email}`}>{email}</a>
            </Trans>
          </li>
        )}
        {url && (
          <li>
            <a href={url} rel="noreferrer">
              <Trans>{name}’s website</Trans>
            </a>
          </li>
        )}
      </ul>
    </>
  )
}

/** "Report a concern" on the About page: a worry about someone's safety, or about the app. */
export function ReportConcern() {
  const { appName } = area
  const contactName = area.reportConcern.name
  return (
    <section aria-labelledby="report-concern">
      <h2 id="report-concern">
        <Trans>Report a concern</Trans>
      </h2>
      <p>
        <Trans>
          If you are worried about someone’s safety, or something in {appName} seems wrong, you can
          tell {contactName}. If someone is in danger right now, call 999.
        </Trans>
      </p>
      <ReportConcernContact />
    </section>
  )
}
