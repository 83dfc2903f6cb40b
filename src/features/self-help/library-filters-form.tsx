import { TOPICS, TOPIC_IDS, type Topic } from '../../lib/topics.ts'
import { AUDIENCES, type Audience } from './article-meta.ts'
import type { LibraryFilters } from './use-library-filters.ts'

interface Props {
  filters: LibraryFilters
  onChange: (change: Partial<LibraryFilters>) => void
}

const audienceOptions: { value: Audience | ''; label: string }[] = [
  { value: '', label: 'Everyone' },
  ...Object.entries(AUDIENCES).map(([value, label]) => ({ value: value as Audience, label })),
]

export function LibraryFiltersForm({ filters, onChange }: Props) {
  return (
    <form
      role="search"
      aria-labelledby="articles-heading"
      className="library-filters"
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="field">
        <label htmlFor="library-search">Search articles</label>
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
        <legend>Written for</legend>
        {audienceOptions.map((option) => (
          <label key={option.value || 'all'}>
            <input
              type="radio"
              name="audience"
              value={option.value}
              checked={(filters.audience ?? '') === option.value}
              onChange={() => onChange({ audience: option.value || undefined })}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="library-topic">Topic</label>
        <select
          id="library-topic"
          name="topic"
          value={filters.topic ?? ''}
          onChange={(event) => onChange({ topic: (event.target.value || undefined) as Topic })}
        >
          <option value="">All topics</option>
          {TOPIC_IDS.map((topic) => (
            <option key={topic} value={topic}>
              {TOPICS[topic]}
            </option>
          ))}
        </select>
      </div>
    </form>
  )
}
