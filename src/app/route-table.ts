import type { I18n, MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { lazy, type ComponentType, type LazyExoticComponent } from 'react'
import { loadPageCatalogs, type PageCatalogs } from '../i18n/catalogs.ts'

export interface PageMeta {
  title: string
  description: string
}

/** A route with a parameter: which of its pages to prerender, and each one's title. */
export interface DynamicPages {
  paths: string[]
  /** The page's title and description in the language of `i18n` (its content's, for articles). */
  describe(path: string, i18n: I18n): PageMeta | undefined
}

export interface AppRoute {
  path: string
  /** In the interface language: the browser title and the page's description. */
  title: MessageDescriptor
  description: MessageDescriptor
  /** Prerendered to HTML at build time: true for pages that need no personal data. */
  prerender: boolean
  /** For routes with a parameter; loaded lazily so their data stays out of the main chunk. */
  dynamic?: () => Promise<DynamicPages>
  /** Its pages set their own browser title (usePageTitle), like a dynamic route's pages. */
  ownTitles?: boolean
  Page: LazyExoticComponent<ComponentType>
}

/**
 * Loads one named export of a page module lazily, so each page is its own small chunk, together
 * with the catalogues of messages it needs: every one unless the page names its own (the home
 * page and Get help now, which must be as quick as can be).
 */
function page<M extends Record<string, unknown>>(
  load: () => Promise<M>,
  name: keyof M,
  catalogs: PageCatalogs = 'every',
) {
  return lazy(async () => {
    const [module] = await Promise.all([load(), loadPageCatalogs(catalogs)])
    return { default: module[name] as ComponentType }
  })
}

const HomePage = page(() => import('./home-page.tsx'), 'HomePage', [])
const HelpPage = page(() => import('../features/crisis/help-page.tsx'), 'HelpPage', ['crisis'])
const QuickExitPage = page(() => import('../features/crisis/quick-exit-page.tsx'), 'QuickExitPage')
const SettingsPage = page(() => import('../features/settings/settings-page.tsx'), 'SettingsPage')
const PrivacyPage = page(() => import('../features/info/privacy-page.tsx'), 'PrivacyPage')
const AboutPage = page(() => import('../features/info/about-page.tsx'), 'AboutPage')
const DocumentsPage = page(
  () => import('../features/info/documents/documents-page.tsx'),
  'DocumentsPage',
)
const DocumentPage = page(
  () => import('../features/info/documents/document-page.tsx'),
  'DocumentPage',
)
const LibraryPage = page(() => import('../features/self-help/library-page.tsx'), 'LibraryPage')
const ArticlePage = page(() => import('../features/self-help/article-page.tsx'), 'ArticlePage')
const ToolPage = page(() => import('../features/self-help/tools/tool-page.tsx'), 'ToolPage')
const FindSupportPage = page(
  () => import('../features/directory/find-support-page.tsx'),
  'FindSupportPage',
)
const ServicePage = page(() => import('../features/directory/service-page.tsx'), 'ServicePage')
const ParentsPage = page(() => import('../features/audiences/parents-page.tsx'), 'ParentsPage')
const SchoolsPage = page(() => import('../features/audiences/schools-page.tsx'), 'SchoolsPage')
const MySpacePage = page(() => import('../features/my-space/my-space-page.tsx'), 'MySpacePage')
const CheckInPage = page(() => import('../features/check-ins/check-in-page.tsx'), 'CheckInPage')

/** Every route of the app. The server and the prerender step read this table too. */
export const appRoutes: readonly AppRoute[] = [
  {
    path: '/',
    title: msg`Harbour`,
    description: msg`Support for how you feel: self-help, check-ins and where to find help.`,
    prerender: true,
    Page: HomePage,
  },
  {
    path: '/help',
    title: msg`Get help now`,
    description: msg`Free, confidential help, day and night: who to call or text right now.`,
    prerender: true,
    Page: HelpPage,
  },
  {
    path: '/quick-exit',
    title: msg`Quick exit`,
    description: msg`How the quick exit button works, and how to keep your browsing private.`,
    prerender: true,
    Page: QuickExitPage,
  },
  {
    path: '/self-help',
    title: msg`Self-help`,
    description: msg`Short reads and calming tools for how you feel, for young people, parents and school staff.`,
    prerender: true,
    Page: LibraryPage,
  },
  {
    path: '/self-help/:slug',
    title: msg`Self-help`,
    description: msg`Short reads and tools for how you feel.`,
    prerender: true,
    dynamic: async () => (await import('../features/self-help/article-pages.ts')).articlePages,
    Page: ArticlePage,
  },
  {
    path: '/tools/:slug',
    title: msg`Tools`,
    description: msg`Breathing, grounding and other tools for right now.`,
    prerender: true,
    dynamic: async () => (await import('../features/self-help/tools/tool-pages.ts')).toolPages,
    Page: ToolPage,
  },
  {
    path: '/check-in',
    title: msg`Check in`,
    description: msg`Note how you feel in under a minute. It stays on this device.`,
    prerender: true,
    Page: CheckInPage,
  },
  {
    path: '/my-space/*',
    title: msg`My space`,
    description: msg`Your check-ins, goals, safety plan and About me, kept on this device.`,
    prerender: true,
    ownTitles: true,
    Page: MySpacePage,
  },
  {
    path: '/find-support',
    title: msg`Find support`,
    description: msg`Services near you and online, the way you want help.`,
    prerender: true,
    Page: FindSupportPage,
  },
  {
    path: '/find-support/:serviceId',
    title: msg`Find support`,
    description: msg`Services near you and online, the way you want help.`,
    prerender: true,
    dynamic: async () => (await import('../features/directory/service-pages.ts')).servicePages,
    Page: ServicePage,
  },
  {
    path: '/parents',
    title: msg`For parents and carers`,
    description: msg`Help for parents and carers worried about a child or young person.`,
    prerender: true,
    Page: ParentsPage,
  },
  {
    path: '/schools',
    title: msg`For schools`,
    description: msg`Share safe links to Harbour with pupils, and know what to do on a disclosure.`,
    prerender: true,
    Page: SchoolsPage,
  },
  {
    path: '/settings',
    title: msg`Settings`,
    description: msg`Theme, text size and motion.`,
    prerender: true,
    Page: SettingsPage,
  },
  {
    path: '/privacy',
    title: msg`Privacy`,
    description: msg`What Harbour keeps, where, and what it never does.`,
    prerender: true,
    Page: PrivacyPage,
  },
  {
    path: '/about',
    title: msg`About Harbour`,
    description: msg`What Harbour is, who runs it, and what it is not.`,
    prerender: true,
    Page: AboutPage,
  },
  {
    path: '/about/documents',
    title: msg`Privacy, safety and accessibility documents`,
    description: msg`Harbour’s privacy notices, clinical safety documents and accessibility statement.`,
    prerender: true,
    Page: DocumentsPage,
  },
  {
    path: '/about/documents/:slug',
    title: msg`Documents`,
    description: msg`One of Harbour’s privacy, clinical safety or accessibility documents.`,
    prerender: true,
    dynamic: async () =>
      (await import('../features/info/documents/document-pages.ts')).documentPages,
    Page: DocumentPage,
  },
]

export const NotFoundPage = page(() => import('./not-found-page.tsx'), 'NotFoundPage')

/** The page title shown in the browser tab; `page` is undefined for an unknown address. */
export function documentTitle(
  page: { path: string; title: string } | undefined,
  appName: string,
  i18n: I18n,
): string {
  if (!page) return i18n._(msg`Page not found – ${appName}`)
  const { title } = page
  return page.path === '/' ? appName : i18n._(msg`${title} – ${appName}`)
}
