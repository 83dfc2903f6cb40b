import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { topicName } from '../../lib/topic-names.ts'
import { TOPIC_IDS, type Topic } from '../../lib/topics.ts'
import { AUDIENCE_IDS, type Audience } from './article-meta.ts'
import { AUDIENCE_NAMES } from './audience-names.ts'
import type { LibraryFilters } from './use-library-filters.ts'

interface Props {
  filters: LibraryFilters
  onChange: (change: Partial<LibraryFilters>) => void
}

const audienceOptions: { value: Audience | ''; label: MessageDescriptor }[] = [
  { value: '', label: msg`Everyone` },
  ...AUDIENCE_IDS.map((value) => ({ value, label: AUDIENCE_NAMES[value] })),
]

export function LibraryFiltersForm({ filters, onChange }: Props) {
  const { i18n, t } = useLingui()
  return (
    <form
      role="search"
      aria-labelledby="articles-heading"
      className="library-filters"
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="field">
        <label htmlFor="library-search">
          <Trans>Search articles</Trans>
        </label>
        <input
          id="library-search"
          type="search"
          name="q"
          value={filters.query}
          autoComplete="off"
          spellCheck
          onChange={(event) => onChange({ query: event.target.value })}
        />
      </div>
      <fieldset className="segmented">
        <legend>
          <Trans>Written for</Trans>
        </legend>
        {audienceOptions.map((option) => (
          <label key={option.value || 'all'}>
            <input
              type="radio"
              name="audience"
              value={option.value}
              checked={(filters.audience ?? '') === option.value}
              onChange={() => onChange({ audience: option.value || undefined })}
            />
            <span>{i18n._(option.label)}</span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="library-topic">
          <Trans>Topic</Trans>
        </label>
        <select
          id="library-topic"
          name="topic"
          value={filters.topic ?? ''}
          onChange={(event) => onChange({ topic: (event.target.value || undefined) as Topic })}
        >
          <option value="">{t`All topics`}</option>
          {TOPIC_IDS.map((topic) => (
            <option key={topic} value={topic}>
              {topicName(topic, i18n)}
            </option>
          ))}
        </select>
      </div>
    </form>
  )
}
