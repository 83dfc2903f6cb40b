// `npm run bench`: runs bench/run.ts through Vite's module loader with the project's own config,
// so the app code it measures is compiled exactly as in the app (its Lingui messages included).
import path from 'node:path'
import { createServer } from 'vite'

const root = path.resolve(import.meta.dirname, '..')
const server = await createServer({
  root,
  configFile: path.join(root, 'vite.config.ts'),
  server: { middlewareMode: true, hmr: false, watch: null },
  appType: 'custom',
  logLevel: 'warn',
})
try {
  await server.ssrLoadModule('/bench/run.ts')
} finally {
  await server.close()
}
