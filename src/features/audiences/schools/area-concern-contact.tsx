import { Trans } from '@lingui/react/macro'
import area from 'virtual:harbour-area'
import { ReportConcernContact } from '../../info/report-concern.tsx'

/** After the DSL: who in this area staff can also tell about a pupil's safety or about Harbour. */
export function AreaConcernContact() {
  const { appName, name: areaName } = area
  const contactName = area.reportConcern.name
  return (
    <>
      <h3>
        <Trans>Reporting a concern in {areaName}</Trans>
      </h3>
      <p>
        <Trans>
          Your school’s safeguarding policy and your DSL always come first. You can also contact{' '}
          {contactName}, about a pupil’s safety or about something in {appName}.
        </Trans>
      </p>
      <ReportConcernContact />
    </>
  )
}
