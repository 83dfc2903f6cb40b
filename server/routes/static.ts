import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { loadAppRoutes } from '../static/app-routes.ts'
import { CACHE_REVALIDATE } from '../static/cache-control.ts'
import { precompress } from '../static/compression.ts'
import type { StaticFile } from '../static/dist-index.ts'
import { isExtensionless, parseRequestPath } from '../static/request-path.ts'
import { sendStaticFile } from '../static/send-file.ts'

/** Built files that are not pages of their own: the home page, the app shell, the 404 page. */
const NOT_PAGES = new Set(['/index', '/shell', '/404', '/cy/shell', '/cy/404'])

/** Interface languages other than English, whose pages live under `/<locale>` when built. */
const PREFIXED_LOCALES = ['cy']

/**
 * Serves the built app. For GET and HEAD, in this order:
 *   a. a file of the build, as it is;
 *   b. `/` → index.html, and `/page` → page.html when the build prerendered it;
 *      `/page/` → 301 to `/page`;
 *   c. a path matching one of the app's routes (dist/app-routes.json) → shell.html, which boots
 *      the app and lets its router draw the page;
 *   d. anything else → 404.html with status 404.
 * Paths under /api/ are left to the API (and its JSON 404).
 */
export async function registerStaticRoutes(
  app: FastifyInstance,
  options: { distDir: string; files: Map<string, StaticFile> },
): Promise<void> {
  const { files } = options
  const isAppRoute = (await loadAppRoutes(options.distDir)) ?? (() => true)
  const shell = files.get('/shell.html')
  const notFoundPage = files.get('/404.html')
  /** The shell and 404 page in the language an address is in (`/cy/…` is Welsh, if built). */
  const inLanguage = (segments: readonly string[]) => {
    const locale = PREFIXED_LOCALES.find(
      (prefix) => segments[0] === prefix && files.has(`/${prefix}/shell.html`),
    )
    if (!locale) return { appSegments: segments, shell, notFoundPage }
    return {
      appSegments: segments.slice(1),
      shell: files.get(`/${locale}/shell.html`),
      notFoundPage: files.get(`/${locale}/404.html`) ?? notFoundPage,
    }
  }
  app.log.debug({ files: files.size }, 'indexed the built app')

  const compression = new AbortController()
  let compressing: Promise<unknown> = Promise.resolve()
  app.addHook('onReady', async () => {
    compressing = precompress(files.values(), compression.signal).then(
      (stats) => app.log.debug(stats, 'compressed the built app'),
      (error: unknown) => app.log.error({ err: error }, 'compressing the built app failed'),
    )
  })
  app.addHook('onClose', async () => {
    compression.abort()
    await compressing
  })

  function notFound(
    request: FastifyRequest,
    reply: FastifyReply,
    page: StaticFile | undefined = notFoundPage,
  ): FastifyReply {
    if (page) return sendStaticFile(request, reply, page, 404)
    if (notFoundPage) return sendStaticFile(request, reply, notFoundPage, 404)
    return reply
      .code(404)
      .header('cache-control', CACHE_REVALIDATE)
      .type('text/plain; charset=utf-8')
      .send('Not found')
  }

  app.route({
    method: ['GET', 'HEAD'],
    url: '/*',
    handler(request, reply) {
      const parsed = parseRequestPath(request.url)
      if (!parsed) return notFound(request, reply)
      const { segments } = parsed
      if (segments[0] === 'api') return reply.callNotFound()

      if (parsed.trailingSlash) {
        // Segments were checked above, so this is `/x…` and never a `//host` redirect.
        return reply.redirect(parsed.rawPath.slice(0, -1) + parsed.query, 301)
      }

      const urlPath = '/' + segments.join('/')
      const file = files.get(urlPath)
      if (file) return sendStaticFile(request, reply, file)

      const language = inLanguage(segments)
      if (isExtensionless(segments) && !NOT_PAGES.has(urlPath)) {
        const page = files.get(urlPath === '/' ? '/index.html' : `${urlPath}.html`)
        if (page) return sendStaticFile(request, reply, page)
        if (language.shell && isAppRoute(language.appSegments)) {
          return sendStaticFile(request, reply, language.shell)
        }
      }
      return notFound(request, reply, language.notFoundPage)
    },
  })
}
