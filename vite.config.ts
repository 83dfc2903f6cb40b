import { availableParallelism } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lingui } from '@lingui/vite-plugin'
import react from '@vitejs/plugin-react'
import { configDefaults, defineConfig } from 'vitest/config'
import { VitePWA } from 'vite-plugin-pwa'
import { contentPlugin } from './scripts/content/vite-plugin-content.ts'
import { directoryPlugin } from './scripts/directory/vite-plugin-directory.ts'
import { documentsPlugin } from './scripts/documents/vite-plugin-documents.ts'
import { areaPackPlugin, loadAreaPack } from './scripts/vite-plugin-area.ts'
import { MAIN_STYLESHEET, prerenderPlugin } from './scripts/vite-plugin-prerender.ts'
import { webManifest } from './scripts/web-manifest.ts'

const root = path.dirname(fileURLToPath(import.meta.url))

/** The app's component and unit tests: in jsdom, with the catalogues loaded. */
const appTests = {
  environment: 'jsdom',
  setupFiles: ['src/test-setup.ts'],
  // Every render inside the app's I18nProvider, as in the app (src/test-render.tsx).
  alias: [
    { find: /^@testing-library\/react$/, replacement: path.join(root, 'src/test-render.tsx') },
  ],
}

/** The tests that set TZ (with `inTimeZone`), and their neighbours. */
const TIME_ZONE_TESTS = 'src/features/my-space/history/*.test.ts'

export default defineConfig(({ isSsrBuild }) => {
  const area = loadAreaPack(root)
  return {
    plugins: [
      // Lingui's macros turn `<Trans>` and `t` into message ids at build time.
      react({ babel: { plugins: ['@lingui/babel-plugin-lingui-macro'] } }),
      lingui(),
      areaPackPlugin(root),
      contentPlugin(root),
      directoryPlugin(root),
      documentsPlugin(root),
      !isSsrBuild &&
        prerenderPlugin({
          // A build into another folder (a second area's, say) names its own server-side bundle.
          ssrEntry:
            process.env.HARBOUR_SSR_ENTRY?.trim() || path.join(root, 'build/ssr/entry-server.js'),
        }),
      !isSsrBuild &&
        VitePWA({
          registerType: 'prompt',
          injectRegister: false,
          // Our own service worker (src/sw.ts): Workbox precaching, plus the person's display
          // preferences written into each page it serves.
          strategies: 'injectManifest',
          srcDir: 'src',
          filename: 'sw.ts',
          manifest: webManifest(area),
          injectManifest: {
            // Prerendered pages are written as /help.html etc.; Workbox's clean URLs map /help.
            globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,json,txt}'],
            globIgnores: ['screenshots/**'],
          },
        }),
    ],
    build: {
      target: 'es2022',
      sourcemap: false,
      modulePreload: {
        polyfill: false,
        // The app's main stylesheet is inlined into every page: never fetch it again as a file
        // when a lazily loaded page's code arrives.
        resolveDependencies: (_file, deps, { hostType }) =>
          hostType === 'js' ? deps.filter((dep) => !MAIN_STYLESHEET.test(dep)) : deps,
      },
    },
    test: {
      // Vitest leaves one core free by default; on a two-core machine that is half of it idle.
      maxWorkers: availableParallelism(),
      projects: [
        {
          extends: true,
          test: {
            ...appTests,
            name: 'app',
            include: ['src/**/*.test.{ts,tsx}'],
            exclude: [...configDefaults.exclude, TIME_ZONE_TESTS],
            // Threads start a test file faster than processes, and the app's files are many.
            pool: 'threads',
          },
        },
        {
          extends: true,
          test: {
            ...appTests,
            name: 'app (time zones)',
            // These set TZ, which only a process of its own can change.
            include: [TIME_ZONE_TESTS],
            pool: 'forks',
          },
        },
        {
          extends: true,
          test: {
            name: 'node',
            environment: 'node',
            include: ['server/**/*.test.ts', 'scripts/**/*.test.ts'],
            // One throwaway PostgreSQL for the run: the sync store's tests use it.
            globalSetup: ['server/testing/postgres-global-setup.ts'],
          },
        },
      ],
    },
  }
})
