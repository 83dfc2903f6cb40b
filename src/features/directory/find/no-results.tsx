import { Link } from 'react-router'
import type { QueryChange } from './use-directory-query.ts'
import { withoutFilter, type Widening } from './widen-search.ts'
import type { DirectoryQuery } from '../search/search-model.ts'

interface Props {
  query: DirectoryQuery
  widen: readonly Widening[]
  onChange: (change: QueryChange) => void
  onClear: () => void
}

function servicesText(count: number): string {
  return count === 1 ? '1 service' : `${count} services`
}

/** Nothing matched: say so kindly, offer to widen the search, and keep help in reach. */
export function NoResults({ query, widen, onChange, onClear }: Props) {
  return (
    <div className="no-results">
      <p className="no-results__title">
        <strong>No services match all of that.</strong>
      </p>
      <p>That is not your fault. Try taking a filter off:</p>
      <ul className="button-row no-results__options">
        {widen.map((widening) => (
          <li key={widening.key}>
            <button
              type="button"
              className="button"
              onClick={() => onChange(withoutFilter(query, widening.key))}
            >
              Take off {widening.name} to see {servicesText(widening.count)}
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="button" onClick={onClear}>
            Clear all filters
          </button>
        </li>
      </ul>
      <p>
        If you need to talk to someone now, <Link to="/help">get help now</Link>. It lists free
        helplines you can call or text any time.
      </p>
    </div>
  )
}
