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
            Call {name} on <a href={`tel:${phone.replaceAll(' ', '')}`}>{phone}</a>
          </li>
        )}
        {email && (
          <li>
            Email {name} at <a href={`mailto:${email}`}>{email}</a>
          </li>
        )}
        {url && (
          <li>
            <a href={url} rel="noreferrer">
              {name}&rsquo;s website
            </a>
          </li>
        )}
      </ul>
    </>
  )
}

/** "Report a concern" on the About page: a worry about someone's safety, or about the app. */
export function ReportConcern() {
  return (
    <section aria-labelledby="report-concern">
      <h2 id="report-concern">Report a concern</h2>
      <p>
        If you are worried about someone&rsquo;s safety, or something in {area.appName} seems wrong,
        you can tell {area.reportConcern.name}. If someone is in danger right now, call 999.
      </p>
      <ReportConcernContact />
    </section>
  )
}
