/**
 * Plain text from a feed's text field. ORUK allows HTML or Markdown in descriptions; the app
 * shows plain text (React escapes it), so tags go, entities are decoded, and spaces are tidied.
 * Line breaks from block tags are kept as single newlines so paragraphs still read as such.
 */

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  pound: '£',
  euro: '€',
  copy: '©',
}

// Inline tags vanish without a gap ("<b>Free</b>." stays "Free."); any other tag leaves a space.
const INLINE = /<\/?(a|abbr|b|em|font|i|small|span|strong|sub|sup|u)\b[^>]*>/gi
const BLOCK_END = /<br\s*\/?>|<\/(p|div|li|ul|ol|h[1-6]|tr|table|blockquote)\s*>/gi

function decodeEntity(match: string, body: string): string {
  if (body.startsWith('#')) {
    const code =
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1))
    const safe =
      Number.isInteger(code) && code > 31 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
    return safe ? String.fromCodePoint(code) : ' '
  }
  return ENTITIES[body.toLowerCase()] ?? match
}

export function cleanText(input: string): string {
  const text = input
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(BLOCK_END, '\n')
    .replace(INLINE, '')
    .replace(/<\/?[a-z][^<>]*>/gi, ' ')
    .replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, decodeEntity)
    .replace(/\r\n?/g, '\n')
    // Control and zero-width characters are invisible and break search and sorting.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
  return text
    .split('\n')
    .map((line) => line.replace(/[ \u00a0\u2000-\u200a\u202f\u3000]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** Cleaned text, or undefined when nothing is left. */
export function cleanOptional(input: string | undefined): string | undefined {
  if (input === undefined) return undefined
  const text = cleanText(input)
  return text === '' ? undefined : text
}
