import path from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { VitePWA } from 'vite-plugin-pwa'
import { contentPlugin } from './scripts/content/vite-plugin-content.ts'
import { areaPackPlugin, loadAreaPack } from './scripts/vite-plugin-area.ts'
import { prerenderPlugin } from './scripts/vite-plugin-prerender.ts'
import { webManifest } from './scripts/web-manifest.ts'

const root = path.dirname(fileURLToPath(import.meta.url))

export default defineConfig(({ isSsrBuild }) => {
  const area = loadAreaPack(root)
  return {
    plugins: [
      react(),
      areaPackPlugin(root),
      contentPlugin(root),
      !isSsrBuild && prerenderPlugin({ ssrEntry: path.join(root, 'build/ssr/entry-server.js') }),
      !isSsrBuild &&
        VitePWA({
          registerType: 'prompt',
          injectRegister: false,
          manifest: webManifest(area),
          includeAssets: ['favicon.svg', 'apple-touch-icon.png', 'robots.txt'],
          workbox: {
            // Prerendered pages are written as /help.html etc.; Workbox's cleanURLs maps /help to it.
            globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,json,txt}'],
            globIgnores: ['screenshots/**'],
            navigateFallback: '/shell.html',
            navigateFallbackDenylist: [/^\/api\//, /^\/healthz$/],
            cleanupOutdatedCaches: true,
            // Take charge of the page on the very first visit so it works offline at once. Updates
            // still wait for the person to press Refresh (no skipWaiting).
            clientsClaim: true,
          },
        }),
    ],
    build: {
      target: 'es2022',
      sourcemap: false,
      modulePreload: { polyfill: false },
    },
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'app',
            environment: 'jsdom',
            include: ['src/**/*.test.{ts,tsx}'],
            setupFiles: ['src/test-setup.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'node',
            environment: 'node',
            include: ['server/**/*.test.ts', 'scripts/**/*.test.ts'],
          },
        },
      ],
    },
  }
})
