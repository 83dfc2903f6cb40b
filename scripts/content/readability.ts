import { flesch } from 'flesch'
import { syllable } from 'syllable'

const words = new Intl.Segmenter('en-GB', { granularity: 'word' })
const sentences = new Intl.Segmenter('en-GB', { granularity: 'sentence' })

/**
 * Flesch reading ease of plain text (higher is easier; 70 and above reads as plain English for
 * about age 11). Counting uses the platform's word and sentence segmenter and the `syllable`
 * package; the formula is the `flesch` package's.
 */
export function readingEase(text: string): number {
  const wordList = [...words.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment)
  const sentenceCount = [...sentences.segment(text)].filter((s) => s.segment.trim()).length
  return flesch({
    sentence: Math.max(1, sentenceCount),
    word: Math.max(1, wordList.length),
    syllable: wordList.reduce((sum, word) => sum + syllable(word), 0),
  })
}
