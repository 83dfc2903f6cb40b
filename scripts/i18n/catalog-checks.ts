import { getCatalogs } from '@lingui/cli/api'
import { getConfig } from '@lingui/conf'

export interface CatalogProblem {
  catalog: string
  locale: string
  message: string
  problem: string
}

/** The `{name}` arguments and `<0>` tags of an ICU message, which a translation must keep. */
export function messageParts(message: string): string[] {
  const args = [...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => `{${m[1]}}`)
  const tags = [...message.matchAll(/<(\d+)\/?>/g)].map((m) => `<${m[1]}>`)
  return [...new Set([...args, ...tags])].sort()
}

/**
 * Compares what the source code asks for with what the catalogues hold: every message in the code
 * is in every language's catalogue, none is left over, every non-source language has a translation,
 * and each translation keeps the message's arguments and tags.
 */
export async function findCatalogProblems(cwd: string): Promise<CatalogProblem[]> {
  const config = getConfig({ cwd })
  const problems: CatalogProblem[] = []
  for (const catalog of await getCatalogs(config)) {
    const inCode = (await catalog.collect()) ?? {}
    const name = catalog.path.replace(config.rootDir ?? '', '')
    for (const locale of config.locales) {
      const held = (await catalog.read(locale)) ?? {}
      const report = (message: string, problem: string) =>
        problems.push({ catalog: name, locale, message, problem })
      for (const [id, { message }] of Object.entries(inCode)) {
        const entry = held[id]
        const source = message ?? id
        if (!entry) {
          report(source, 'is in the code but not in the catalogue: run "npx lingui extract"')
          continue
        }
        if (locale === config.sourceLocale) continue
        if (!entry.translation) {
          report(source, 'has no translation')
          continue
        }
        if (messageParts(entry.translation).join() !== messageParts(source).join()) {
          report(source, `translation "${entry.translation}" changes its {arguments} or <tags>`)
        }
      }
      for (const [id, entry] of Object.entries(held)) {
        if (!inCode[id] && !entry.obsolete) {
          report(entry.message ?? id, 'is no longer in the code: run "npx lingui extract --clean"')
        }
      }
    }
  }
  return problems
}
