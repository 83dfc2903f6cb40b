import type { Options, SearchOptions } from 'minisearch'
import { stemmer } from 'stemmer'

/** Words too common to help find an article. */
const STOP_WORDS = new Set(
  // eslint-disable-next-line lingui/no-unlocalized-strings -- words matched in articles, never shown
  'a an and are as at be but by can do for from has have how i if in is it its me my not of on or so that the their them then there they this to was we what when where which who will with you your'.split(
    ' ',
  ),
)

/** Lower-cases and stems ("worrying", "worried" and "worries" all become "worri"). */
export function processTerm(term: string): string | null {
  const word = term.toLowerCase().replace(/[’']/g, '')
  if (word.length < 2 || STOP_WORDS.has(word)) return null
  return stemmer(word)
}

/** The fields every article is indexed by; the index is built at build time with these. */
export const INDEX_OPTIONS: Options = {
  fields: ['title', 'summary', 'topics', 'body'],
  storeFields: [],
  idField: 'slug',
  processTerm,
}

/** Longer words may have more typing mistakes in them and still be found. */
function fuzziness(term: string): number {
  if (term.length >= 7) return 2
  if (term.length >= 4) return 1
  return 0
}

export const QUERY_OPTIONS: SearchOptions = {
  boost: { title: 4, summary: 2, topics: 2 },
  prefix: (term) => term.length >= 3,
  fuzzy: (term) => fuzziness(term),
  weights: { fuzzy: 0.3, prefix: 0.6 },
  combineWith: 'AND',
}
