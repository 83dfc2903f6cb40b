import type { AboutMe } from '../../../db/about-me.ts'
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
export function aboutMeHtmlFile(aboutMe: AboutMe, madeOn: Date = new Date()): string {
  const parts = answeredQuestions(aboutMe)
    .map(({ question, answer }) => `<h2>${escapeHtml(question)}</h2>\n<p>${escapeHtml(answer)}</p>`)
    .join('\n')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>About me</title>
<style>
body { max-width: 40rem; margin: 2rem auto; padding: 0 1rem; font-family: system-ui, sans-serif; line-height: 1.5; color: #1f2a30; background: #fff; }
h1 { font-size: 1.75rem; }
h2 { margin: 1.5rem 0 0.25rem; font-size: 1.1rem; }
p { margin: 0; white-space: pre-wrap; overflow-wrap: break-word; }
.made { margin-top: 2rem; color: #4b5a61; font-size: 0.9rem; }
</style>
</head>
<body>
<h1>About me</h1>
${parts}
<p class="made">Written in Harbour. Saved on ${escapeHtml(formatDay(madeOn))}.</p>
</body>
</html>
`
}
