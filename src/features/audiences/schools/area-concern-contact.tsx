import area from 'virtual:harbour-area'
import { ReportConcernContact } from '../../info/report-concern.tsx'

/** After the DSL: who in this area staff can also tell about a pupil's safety or about Harbour. */
export function AreaConcernContact() {
  return (
    <>
      <h3>Reporting a concern in {area.name}</h3>
      <p>
        Your school&rsquo;s safeguarding policy and your DSL always come first. You can also contact{' '}
        {area.reportConcern.name}, about a pupil&rsquo;s safety or about something in {area.appName}
        .
      </p>
      <ReportConcernContact />
    </>
  )
}
