// `npx tsx scripts/i18n/extract-catalog.ts <folder>`: brings one catalogue up to date with its
// source (new messages added, gone ones removed, translations kept), touching no other catalogue,
// so several parts of the app can be worked on at once. <folder> is `app` for the app's frame or a
// feature folder's name (`check-ins`, `my-space` …), or `lib` for src/lib and src/db.
import { getCatalogs } from '@lingui/cli/api'
import { getConfig } from '@lingui/conf'

const folder = process.argv[2]
if (!folder) {
  console.error('Say which catalogue: "app" or a feature folder name')
  process.exit(2)
}
const config = getConfig({ cwd: process.cwd() })
const wanted =
  folder === 'app' || folder === 'lib'
    ? `/src/${folder}/locales/`
    : `/src/features/${folder}/locales/`
const catalogs = (await getCatalogs(config)).filter((catalog) => catalog.path.includes(wanted))
if (catalogs.length === 0) {
  console.error(`No catalogue at ${wanted}`)
  process.exit(2)
}
for (const catalog of catalogs) {
  const done = await catalog.make({
    clean: true,
    overwrite: false,
    locale: config.locales,
    orderBy: config.orderBy,
  })
  if (done === false) process.exitCode = 1
  console.log(`${catalog.path}: ${done === false ? 'failed' : 'up to date'}`)
}
