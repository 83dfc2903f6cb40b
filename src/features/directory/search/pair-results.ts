import { modeBits } from './directory-index.ts'
import type { RankedService } from './search-model.ts'
import { isInPerson, isRemoteOnly } from './ways.ts'

/**
 * Online and face to face side by side: when the results hold both help from a distance (online,
 * phone, text) and help in person, the best of each become the first two, in their own order,
 * so nobody has to scroll past one kind to learn the other exists. Everything else keeps its
 * place. A service that meets people in person counts as in person even if it has a phone line.
 */
export function pairRemoteAndInPerson(results: RankedService[]): RankedService[] {
  const remote = results.findIndex((result) => isRemoteOnly(modeBits(result.service.modes)))
  const inPerson = results.findIndex((result) => isInPerson(modeBits(result.service.modes)))
  if (remote < 0 || inPerson < 0) return results
  const first = Math.min(remote, inPerson)
  const second = Math.max(remote, inPerson)
  if (first === 0 && second === 1) return results
  const paired = [results[first] as RankedService, results[second] as RankedService]
  results.forEach((result, at) => {
    if (at !== first && at !== second) paired.push(result)
  })
  return paired
}
