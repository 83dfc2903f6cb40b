import { plural } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { Link } from 'react-router'
import type { QueryChange } from './use-directory-query.ts'
import { filterName, withoutFilter, type Widening } from './widen-search.ts'
import type { DirectoryQuery } from '../search/search-model.ts'

interface Props {
  query: DirectoryQuery
  widen: readonly Widening[]
  onChange: (change: QueryChange) => void
  onClear: () => void
}

/** Nothing matched: say so kindly, offer to widen the search, and keep help in reach. */
export function NoResults({ query, widen, onChange, onClear }: Props) {
  const { i18n, t } = useLingui()
  return (
    <div className="no-results">
      <p className="no-results__title">
        <strong>
          <Trans>No services match all of that.</Trans>
        </strong>
      </p>
      <p>
        <Trans>That is not your fault. Try taking a filter off:</Trans>
      </p>
      <ul className="button-row no-results__options">
        {widen.map(({ key, count }) => {
          const filter = filterName(query, key, i18n)
          return (
            <li key={key}>
              <button
                type="button"
                className="button"
                onClick={() => onChange(withoutFilter(query, key))}
              >
                {t`Take off ${filter} to see ${plural(count, { one: '# service', other: '# services' })}`}
              </button>
            </li>
          )
        })}
        <li>
          <button type="button" className="button" onClick={onClear}>
            <Trans>Clear all filters</Trans>
          </button>
        </li>
      </ul>
      <p>
        <Trans>
          If you need to talk to someone now, <Link to="/help">get help now</Link>. It lists free
          helplines you can call or text any time.
        </Trans>
      </p>
    </div>
  )
}
