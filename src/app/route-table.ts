import { lazy, type ComponentType, type LazyExoticComponent } from 'react'

export interface PageMeta {
  title: string
  description: string
}

/** A route with a parameter: which of its pages to prerender, and each one's title. */
export interface DynamicPages {
  paths: string[]
  describe(path: string): PageMeta | undefined
}

export interface AppRoute extends PageMeta {
  path: string
  /** Prerendered to HTML at build time: true for pages that need no personal data. */
  prerender: boolean
  /** For routes with a parameter; loaded lazily so their data stays out of the main chunk. */
  dynamic?: () => Promise<DynamicPages>
  /** Its pages set their own browser title (usePageTitle), like a dynamic route's pages. */
  ownTitles?: boolean
  Page: LazyExoticComponent<ComponentType>
}

/** Loads one named export of a page module lazily, so each page is its own small chunk. */
function page<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }))
}

const HomePage = page(() => import('./home-page.tsx'), 'HomePage')
const HelpPage = page(() => import('../features/crisis/help-page.tsx'), 'HelpPage')
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
    title: 'Harbour',
    description: 'Support for how you feel: self-help, check-ins and where to find help.',
    prerender: true,
    Page: HomePage,
  },
  {
    path: '/help',
    title: 'Get help now',
    description: 'Free, confidential help, day and night: who to call or text right now.',
    prerender: true,
    Page: HelpPage,
  },
  {
    path: '/quick-exit',
    title: 'Quick exit',
    description: 'How the quick exit button works, and how to keep your browsing private.',
    prerender: true,
    Page: QuickExitPage,
  },
  {
    path: '/self-help',
    title: 'Self-help',
    description:
      'Short reads and calming tools for how you feel, for young people, parents and school staff.',
    prerender: true,
    Page: LibraryPage,
  },
  {
    path: '/self-help/:slug',
    title: 'Self-help',
    description: 'Short reads and tools for how you feel.',
    prerender: true,
    dynamic: async () => (await import('../features/self-help/article-pages.ts')).articlePages,
    Page: ArticlePage,
  },
  {
    path: '/tools/:slug',
    title: 'Tools',
    description: 'Breathing, grounding and other tools for right now.',
    prerender: true,
    dynamic: async () => (await import('../features/self-help/tools/tool-pages.ts')).toolPages,
    Page: ToolPage,
  },
  {
    path: '/check-in',
    title: 'Check in',
    description: 'Note how you feel in under a minute. It stays on this device.',
    prerender: true,
    Page: CheckInPage,
  },
  {
    path: '/my-space/*',
    title: 'My space',
    description: 'Your check-ins, goals, safety plan and About me, kept on this device.',
    prerender: true,
    ownTitles: true,
    Page: MySpacePage,
  },
  {
    path: '/find-support',
    title: 'Find support',
    description: 'Services near you and online, the way you want help.',
    prerender: true,
    Page: FindSupportPage,
  },
  {
    path: '/find-support/:serviceId',
    title: 'Find support',
    description: 'Services near you and online, the way you want help.',
    prerender: true,
    dynamic: async () => (await import('../features/directory/service-pages.ts')).servicePages,
    Page: ServicePage,
  },
  {
    path: '/parents',
    title: 'For parents and carers',
    description: 'Help for parents and carers worried about a child or young person.',
    prerender: true,
    Page: ParentsPage,
  },
  {
    path: '/schools',
    title: 'For schools',
    description: 'Share safe links to Harbour with pupils, and know what to do on a disclosure.',
    prerender: true,
    Page: SchoolsPage,
  },
  {
    path: '/settings',
    title: 'Settings',
    description: 'Theme, text size and motion.',
    prerender: true,
    Page: SettingsPage,
  },
  {
    path: '/privacy',
    title: 'Privacy',
    description: 'What Harbour keeps, where, and what it never does.',
    prerender: true,
    Page: PrivacyPage,
  },
  {
    path: '/about',
    title: 'About Harbour',
    description: 'What Harbour is, who runs it, and what it is not.',
    prerender: true,
    Page: AboutPage,
  },
  {
    path: '/about/documents',
    title: 'Privacy, safety and accessibility documents',
    description:
      'Harbour’s privacy notices, clinical safety documents and accessibility statement.',
    prerender: true,
    Page: DocumentsPage,
  },
  {
    path: '/about/documents/:slug',
    title: 'Documents',
    description: 'One of Harbour’s privacy, clinical safety or accessibility documents.',
    prerender: true,
    dynamic: async () =>
      (await import('../features/info/documents/document-pages.ts')).documentPages,
    Page: DocumentPage,
  },
]

export const NotFoundPage = page(() => import('./not-found-page.tsx'), 'NotFoundPage')

/** The page title shown in the browser tab. */
export function documentTitle(route: AppRoute | undefined, appName: string): string {
  if (!route) return `Page not found – ${appName}`
  return route.path === '/' ? appName : `${route.title} – ${appName}`
}
