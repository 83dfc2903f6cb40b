import { Trans, useLingui } from '@lingui/react/macro'
import { useRef } from 'react'
import { Link } from 'react-router'
import { useDirectory } from './data/use-directory.ts'
import { ChoiceFlow } from './find/choice-flow.tsx'
import { DirectoryFiltersForm } from './find/directory-filters-form.tsx'
import { NoResults } from './find/no-results.tsx'
import { forgetDoor, useDoor } from '../audiences/door.ts'
import { ParentsDoorNote } from './find/parents-door-note.tsx'
import { resultsMessage } from './find/results-message.ts'
import { ResultsList } from './find/results-list.tsx'
import { PageHeading } from '../../ui/page-heading.tsx'
import { useDirectoryQuery, type QueryChange } from './find/use-directory-query.ts'
import { useNow } from './find/use-now.ts'
import { useSearchPlace } from './find/use-search-place.ts'
import { useSearchResults } from './find/use-search-results.ts'
import { POSTCODE_ATTRIBUTION } from './places/districts.ts'
import { ShareButton } from './service/share-button.tsx'
import './find/choice-flow.css'
import './find/directory-filters.css'
import './find/results.css'
import './service/service.css'

export function FindSupportPage() {
  const { i18n, t } = useLingui()
  const { services, index } = useDirectory()
  const { query: address, search, update, clearFilters } = useDirectoryQuery()
  // A parent or carer who chose the parents' view on this device gets parent services first,
  // even from a link that does not say so.
  const door = useDoor()
  const query = address.audience || door !== 'parents' ? address : { ...address, audience: door }
  const place = useSearchPlace(query.near)
  const now = useNow()
  const origin = place.state === 'found' ? place.place : undefined
  const { results, widen } = useSearchResults(index, query, now, origin)
  const resultsHeading = useRef<HTMLHeadingElement>(null)

  // Buttons that widen, clear or reorder the search go away once used: the person lands on the
  // results, and the new count is read out.
  const clearAndShowResults = () => {
    clearFilters()
    resultsHeading.current?.focus()
  }
  const changeAndShowResults = (change: QueryChange) => {
    update(change)
    resultsHeading.current?.focus()
  }

  return (
    <div className="find-support">
      <PageHeading>
        <Trans>Find support</Trans>
      </PageHeading>
      <p className="lead">
        <Trans>
          Services that can help, online, by phone and near you. Tell us how you would like support,
          and we will put the ones that fit you first.
        </Trans>
      </p>
      <p>
        <Trans>
          Nothing you choose here is kept or sent anywhere. If you need to talk to someone now,{' '}
          <Link to="/help">get help now</Link>.
        </Trans>
      </p>
      {query.audience === 'parents' && (
        <ParentsDoorNote
          onShowUsualOrder={() => {
            forgetDoor()
            changeAndShowResults({ audience: undefined })
          }}
        />
      )}

      <ChoiceFlow choice={query.choice} onChange={(choice) => update({ choice })} />
      <DirectoryFiltersForm
        query={query}
        place={place}
        onChange={update}
        onClear={clearAndShowResults}
      />

      <section className="find-support__results" aria-labelledby="results-heading">
        <h2 id="results-heading" ref={resultsHeading} tabIndex={-1}>
          <Trans>Services</Trans>
        </h2>
        <p role="status" className="find-support__status">
          {resultsMessage(query, results?.length, services.length, place, i18n)}
        </p>
        {results?.length === 0 ? (
          <NoResults
            query={query}
            widen={widen}
            onChange={changeAndShowResults}
            onClear={clearAndShowResults}
          />
        ) : (
          <ResultsList results={results} services={services} near={query.near} search={search} />
        )}
        {search && (
          <ShareButton
            title={t`Find support`}
            path={`/find-support${search}`}
            label={t`Share this search`}
            copyLabel={t`Copy a link to this search`}
          />
        )}
        {query.near !== undefined && (
          // The licence's own wording, which is English wherever it is shown.
          <p className="small-print" lang="en">
            {POSTCODE_ATTRIBUTION}
          </p>
        )}
      </section>
    </div>
  )
}
