import helmet from '@fastify/helmet'
import type { FastifyInstance } from 'fastify'

/**
 * Everything the app loads comes from its own origin: no inline script at all, no plugins, no
 * framing, no <base> tricks. The one inline thing allowed is the stylesheet the build puts in
 * each prerendered page (so the first paint waits for no other file), named by its hash.
 * Written out in full rather than built by helmet, whose serialiser joins directives with ";"
 * and no space, so this string is exactly what tests and reviewers read.
 */
export function contentSecurityPolicy(styleHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    ["style-src 'self'", ...styleHashes.map((hash) => `'${hash}'`)].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** Powerful features stay off unless the app itself asks; no cross-site use of any of them. */
export const PERMISSIONS_POLICY =
  'geolocation=(self), camera=(self), microphone=(), payment=(), usb=(), interest-cohort=()'

/** Sets the security headers on every response, including 404s, redirects and errors. */
export async function registerSecurityHeaders(
  app: FastifyInstance,
  options: { styleHashes?: readonly string[] } = {},
): Promise<void> {
  const csp = contentSecurityPolicy(options.styleHashes)
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: false,
    strictTransportSecurity: { maxAge: 63072000, includeSubDomains: true, preload: false },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
    xFrameOptions: { action: 'deny' },
  })
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('content-security-policy', csp)
    reply.header('permissions-policy', PERMISSIONS_POLICY)
  })
}
