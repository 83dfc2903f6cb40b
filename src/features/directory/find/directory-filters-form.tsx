import { useId } from 'react'
import { Trans, useLingui } from '@lingui/react/macro'
import { topicName } from '../../../lib/topic-names.ts'
import { TOPIC_IDS, type Topic } from '../../../lib/topics.ts'
import type { DirectoryQuery } from '../search/search-model.ts'
import { AgeField } from './age-field.tsx'
import { ModeField } from './mode-field.tsx'
import { PlaceField } from './place-field.tsx'
import { TextSearchField } from './text-search-field.tsx'
import { ThriveField } from './thrive-field.tsx'
import type { QueryChange } from './use-directory-query.ts'
import type { SearchPlace } from './use-search-place.ts'
import { isFilterOn, type FilterKey } from './widen-search.ts'

interface Props {
  query: DirectoryQuery
  place: SearchPlace
  onChange: (change: QueryChange) => void
  onClear: () => void
}

/** The filters tucked under "More filters", counted on its summary so none is forgotten. */
const MORE_FILTERS: readonly FilterKey[] = [
  'age',
  'openNow',
  'free',
  'selfReferral',
  'thrive',
  'modes',
]

export function DirectoryFiltersForm({ query, place, onChange, onClear }: Props) {
  const id = useId()
  const { i18n, t } = useLingui()
  const moreOn = MORE_FILTERS.filter((key) => isFilterOn(query, key)).length
  const anyOn =
    moreOn > 0 || (['text', 'topic', 'near'] as const).some((key) => isFilterOn(query, key))
  return (
    <form
      role="search"
      aria-labelledby="filters-heading"
      className="directory-filters"
      onSubmit={(event) => event.preventDefault()}
    >
      <h2 id="filters-heading">
        <Trans>Filter services</Trans>
      </h2>
      <div className="directory-filters__main">
        <div className="field">
          <label htmlFor={`${id}-topic`}>
            <Trans>What is it about?</Trans>
          </label>
          <select
            id={`${id}-topic`}
            name="topic"
            value={query.topic ?? ''}
            onChange={(event) => onChange({ topic: (event.target.value || undefined) as Topic })}
          >
            <option value="">{t`Anything`}</option>
            {TOPIC_IDS.map((topic) => (
              <option key={topic} value={topic}>
                {topicName(topic, i18n)}
              </option>
            ))}
          </select>
        </div>
        <TextSearchField text={query.text} onChange={(text) => onChange({ text })} />
      </div>
      <PlaceField near={query.near} within={query.within} place={place} onChange={onChange} />

      <details className="directory-filters__more">
        <summary>
          <Trans>More filters</Trans>
          {moreOn > 0 && (
            <span className="directory-filters__count">
              {' '}
              <Trans>({moreOn} chosen)</Trans>
            </span>
          )}
        </summary>
        <div className="directory-filters__more-body">
          <AgeField age={query.age} onChange={(age) => onChange({ age })} />
          <fieldset className="choice-group">
            <legend>
              <Trans>Only show services that are</Trans>
            </legend>
            <label className="choice">
              <input
                type="checkbox"
                name="open"
                checked={query.openNow === true}
                onChange={(event) => onChange({ openNow: event.target.checked || undefined })}
              />
              <span>{t`Open now`}</span>
            </label>
            <label className="choice">
              <input
                type="checkbox"
                name="free"
                checked={query.free === true}
                onChange={(event) => onChange({ free: event.target.checked || undefined })}
              />
              <span>{t`Free`}</span>
            </label>
            <label className="choice">
              <input
                type="checkbox"
                name="self"
                checked={query.selfReferral === true}
                onChange={(event) => onChange({ selfReferral: event.target.checked || undefined })}
              />
              <span>{t`Happy for you to contact them yourself (no referral needed)`}</span>
            </label>
          </fieldset>
          <ModeField modes={query.modes} onChange={(modes) => onChange({ modes })} />
          <ThriveField thrive={query.thrive} onChange={(thrive) => onChange({ thrive })} />
        </div>
      </details>

      {anyOn && (
        <p>
          <button type="button" className="button" onClick={onClear}>
            <Trans>Clear filters</Trans>
          </button>
        </p>
      )}
    </form>
  )
}
