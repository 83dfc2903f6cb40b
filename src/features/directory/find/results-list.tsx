import { modeBits } from '../search/directory-index.ts'
import type { RankedService } from '../search/search-model.ts'
import { isInPerson, isRemoteOnly } from '../search/ways.ts'
import type { DirectoryService } from '../service-model.ts'
import { ResultCard, type Side } from './result-card.tsx'

interface Props {
  /** Ranked results once the page is live. */
  results: RankedService[] | undefined
  /** The whole directory, listed before the page is live (and with JavaScript off). */
  services: readonly DirectoryService[]
  near: string | undefined
  search: string
}

function sideOf(result: RankedService | undefined): Side | undefined {
  if (!result) return undefined
  const modes = modeBits(result.service.modes)
  if (isRemoteOnly(modes)) return 'remote'
  if (isInPerson(modes)) return 'in-person'
  return undefined
}

/**
 * The search puts the best of each kind first when both exist; label that first pair so a
 * person sees at once that help comes both ways.
 */
function firstPairSides(results: RankedService[]): (Side | undefined)[] {
  const first = sideOf(results[0])
  const second = sideOf(results[1])
  return first && second && first !== second ? [first, second] : []
}

/** Two columns on wide screens (online and in person side by side), one on phones. */
export function ResultsList({ results, services, near, search }: Props) {
  if (results === undefined) {
    return (
      <ol className="results-list">
        {services.map((service) => (
          <li key={service.id} className="results-list__item">
            <ResultCard service={service} search={search} />
          </li>
        ))}
      </ol>
    )
  }
  const sides = firstPairSides(results)
  return (
    <ol className="results-list">
      {results.map((result, at) => (
        <li key={result.service.id} className="results-list__item">
          <ResultCard
            service={result.service}
            ranked={result}
            near={near}
            side={sides[at]}
            search={search}
          />
        </li>
      ))}
    </ol>
  )
}
