import { describe, expect, it } from 'vitest'
import { cleanOptional, cleanText } from './clean-text.ts'

describe('cleanText', () => {
  it('trims and tidies spaces', () => {
    expect(cleanText('  Young\u00a0people   aged 11\tto 18  ')).toBe('Young people aged 11 to 18')
  })

  it('strips tags, keeping paragraphs as lines and inline words joined', () => {
    expect(
      cleanText('<p>Free and <strong>confidential</strong>.</p><p>Call us<br/>any time.</p>'),
    ).toBe('Free and confidential.\nCall us\nany time.')
    expect(cleanText('<div>One</div>\n\n\n\n<div>Two</div>')).toBe('One\n\nTwo')
  })

  it('removes scripts, styles and comments entirely', () => {
    expect(cleanText('Hi<script>alert("x")</script><style>p{}</style><!-- note --> there')).toBe(
      'Hi there',
    )
  })

  it('decodes entities without letting markup back in as tags', () => {
    expect(cleanText('Fish &amp; chips &pound;5 &#8211; &#x2764; &lt;b&gt;')).toBe(
      'Fish & chips £5 – ❤ <b>',
    )
    expect(cleanText('&#0; &#xD800; &unknown;')).toBe('&unknown;')
  })

  it('leaves text that only looks a little like markup', () => {
    expect(cleanText('Ages <18 and > 5')).toBe('Ages <18 and > 5')
  })

  it('drops control and zero-width characters', () => {
    expect(cleanText('Sama\u200britans\u0007 line')).toBe('Samaritans line')
  })

  it('gives undefined when nothing is left', () => {
    expect(cleanOptional('  <br>  ')).toBeUndefined()
    expect(cleanOptional(undefined)).toBeUndefined()
  })
})
