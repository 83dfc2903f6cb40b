import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Store } from '../store/store.ts'

/** Text that exists only outside dist/: if a response ever contains it, a path escaped. */
export const OUTSIDE_SECRET = 'TOP-SECRET-OUTSIDE-DIST'
export const DOTFILE_SECRET = 'TOP-SECRET-DOTFILE'

/** Big and repetitive enough that brotli and gzip both shrink it well. */
export const ASSET_JS = 'export const message = "You are not alone.";\n'.repeat(100)

/** The stylesheet a prerendered page carries inline; the CSP must name its hash. */
export const INLINE_CSS = 'p{color:teal}'

export const PAGES = {
  index: '<!doctype html><title>Harbour</title><p>Home</p>',
  help: `<!doctype html><title>Get help now</title><style>${INLINE_CSS}</style><p>Prerendered help</p>`,
  shell: '<!doctype html><title>Harbour</title><div id="root"></div>',
  notFound: '<!doctype html><title>Page not found</title><p>Not found page</p>',
}

export interface DistFixture {
  /** Temporary folder holding dist/ and files that must never be served. */
  root: string
  distDir: string
  cleanup(): Promise<void>
}

export interface DistOptions {
  /** The app's route patterns; null leaves app-routes.json out. */
  appRoutes?: string[] | null
  notFoundPage?: boolean
}

/** A miniature of what `npm run build` writes, in a fresh temporary folder. */
export async function createDist(options: DistOptions = {}): Promise<DistFixture> {
  const root = await mkdtemp(path.join(tmpdir(), 'harbour-dist-'))
  const distDir = path.join(root, 'dist')
  const appRoutes =
    options.appRoutes === undefined ? ['/self-help/:slug', '/my-space/*'] : options.appRoutes

  const files: Record<string, string> = {
    'index.html': PAGES.index,
    'help.html': PAGES.help,
    'shell.html': PAGES.shell,
    'assets/app-abc123.js': ASSET_JS,
    'assets/app-abc123.css': 'body { margin: 0 }',
    'sw.js': 'self.addEventListener("install", () => {})',
    'registerSW.js': 'navigator.serviceWorker.register("/sw.js")',
    'preferences.js': 'document.documentElement.dataset.theme = "dark"',
    'workbox-5ffe50d4.js': 'self.workbox = {}',
    'manifest.webmanifest': '{"name":"Harbour"}',
    'robots.txt': 'User-agent: *\nAllow: /\n',
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    '.env': `SECRET=${DOTFILE_SECRET}`,
    '.well-known/secret.txt': DOTFILE_SECRET,
  }
  if (options.notFoundPage !== false) files['404.html'] = PAGES.notFound
  if (appRoutes) files['app-routes.json'] = JSON.stringify(appRoutes)

  for (const [name, content] of Object.entries(files)) {
    const file = path.join(distDir, name)
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, content)
  }
  await writeFile(path.join(root, 'secret.txt'), OUTSIDE_SECRET)
  await writeFile(path.join(root, 'package.json'), JSON.stringify({ name: OUTSIDE_SECRET }))

  return { root, distDir, cleanup: () => rm(root, { recursive: true, force: true }) }
}

/** A store that answers ping as told; the sync operations are not expected to be called. */
export function fakeStore(ping: () => Promise<void> = async () => {}): Store {
  const unused = async (): Promise<never> => {
    throw new Error('the fake store has no sync data')
  }
  return {
    kind: 'sqlite',
    ping,
    close: async () => {},
    findAccount: unused,
    createAccount: unused,
    touchAccount: unused,
    appendOps: unused,
    readOps: unused,
    readOpsAndAccount: unused,
    putSnapshot: unused,
    getSnapshot: unused,
    deleteAccount: unused,
    findDeletedAccount: unused,
    deleteExpired: unused,
  }
}
