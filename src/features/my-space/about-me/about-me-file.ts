import type { I18n } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import type { AboutMe } from '../../../db/about-me.ts'
import { HTML_LANG, type Locale } from '../../../i18n/locales.ts'
import { answeredQuestions, formatDay } from './about-me-questions.ts'

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char)
}

/**
 * About me as one small web page that opens in any browser with no internet: its own styles, no
 * scripts, no links out. Line breaks the person typed are kept.
 */
export function aboutMeHtmlFile(aboutMe: AboutMe, i18n: I18n, madeOn: Date = new Date()): string {
  const locale = i18n.locale as Locale
  const parts = answeredQuestions(aboutMe, i18n)
    // eslint-disable-next-line lingui/no-unlocalized-strings -- markup around words already translated
    .map(({ question, answer }) => `<h2>${escapeHtml(question)}</h2>\n<p>${escapeHtml(answer)}</p>`)
    .join('\n')
  const title = escapeHtml(i18n._(msg`About me`))
  const day = formatDay(madeOn, locale)
  const made = escapeHtml(i18n._(msg`Written in Harbour. Saved on ${day}.`))
  // eslint-disable-next-line lingui/no-unlocalized-strings -- the page's markup; its words are translated above
  return `<!doctype html>
<html lang="${HTML_LANG[locale]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<style>
body { max-width: 40rem; margin: 2rem auto; padding: 0 1rem; font-family: system-ui, sans-serif; line-height: 1.5; color: #1f2a30; background: #fff; }
h1 { font-size: 1.75rem; }
h2 { margin: 1.5rem 0 0.25rem; font-size: 1.1rem; }
p { margin: 0; white-space: pre-wrap; overflow-wrap: break-word; }
.made { margin-top: 2rem; color: #4b5a61; font-size: 0.9rem; }
</style>
</head>
<body>
<h1>${title}</h1>
${parts}
<p class="made">${made}</p>
</body>
</html>
`
}
