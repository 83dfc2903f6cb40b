/**
 * Word search over the directory: every word a person types must start a word in the service's
 * name, organisation, description or topics, ignoring case, accents and a plural ("groups",
 * "worries" find "group", "worry", "worried"). A sorted word list with the services each word
 * appears in answers a prefix with a binary search, so a query costs about the same for 10,000
 * services as for 50.
 */

// Words that say nothing about a service; "help with anxiety" should find anxiety services.
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'at',
  'for',
  'i',
  'im',
  'in',
  'is',
  'me',
  'my',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
])

/** Lower case, accents off, apostrophes out ("Children’s" → "childrens"), split into words. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
}

/** "groups" → "group", "worries" → "worry"; "stress", "anxious" and "bus" stay as they are. */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1)
  return word
}

export interface TextIndex {
  /** Every word and its singular, sorted. */
  readonly words: readonly string[]
  /** For each word, the positions of the services that contain it, ascending. */
  readonly postings: readonly (readonly number[])[]
  readonly size: number
}

export function buildTextIndex(texts: readonly string[]): TextIndex {
  const byWord = new Map<string, number[]>()
  const add = (word: string, position: number) => {
    const list = byWord.get(word)
    if (!list) byWord.set(word, [position])
    else if (list[list.length - 1] !== position) list.push(position)
  }
  texts.forEach((text, position) => {
    for (const word of new Set(wordsOf(text))) {
      add(word, position)
      const one = singular(word)
      if (one !== word) add(one, position)
    }
  })
  const words = [...byWord.keys()].sort()
  return { words, postings: words.map((word) => byWord.get(word) ?? []), size: texts.length }
}

/** The words of a query that are worth matching, singular, at most 20 of them. */
export function queryWords(text: string): string[] {
  const words = wordsOf(text)
  const meaningful = words.filter((word) => !STOP_WORDS.has(word))
  // "I" on its own is still something typed: match it rather than everything.
  return [...new Set((meaningful.length > 0 ? meaningful : words).map(singular))].slice(0, 20)
}

/** "worry" also starts "worried" and "worries" as "worri"; "family" starts "families". */
export function prefixesOf(word: string): string[] {
  return word.length > 3 && word.endsWith('y') ? [word, `${word.slice(0, -1)}i`] : [word]
}

function firstAtOrAfter(words: readonly string[], prefix: string): number {
  let low = 0
  let high = words.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((words[middle] as string) < prefix) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * Which services match every word: a flag per service position, or undefined when the text
 * has no words (then it filters nothing). `into` (of the index's size) is used if given.
 */
export function matchText(
  index: TextIndex,
  text: string,
  into: Uint8Array = new Uint8Array(index.size),
): Uint8Array | undefined {
  const words = queryWords(text)
  if (words.length === 0) return undefined
  const counts = into.fill(0)
  // counts[p] = how many of the words so far service p has matched, in order; a service that
  // missed one word can never catch up, so each word only advances the ones still in the race.
  words.forEach((word, done) => {
    for (const prefix of prefixesOf(word)) {
      for (let at = firstAtOrAfter(index.words, prefix); at < index.words.length; at++) {
        if (!(index.words[at] as string).startsWith(prefix)) break
        for (const position of index.postings[at] as readonly number[]) {
          if (counts[position] === done) counts[position] = done + 1
        }
      }
    }
  })
  const all = words.length
  for (let position = 0; position < counts.length; position++) {
    counts[position] = counts[position] === all ? 1 : 0
  }
  return counts
}
