/* eslint-disable @typescript-eslint/consistent-type-imports --
   Types for the modules Vite's build plugins make (scripts/vite-plugin-*.ts). An ambient module
   cannot import by a relative path (TypeScript quietly types it as nothing), so each names its
   types with an import() type instead. */

declare module 'virtual:harbour-area' {
  const area: import('./lib/area-pack.ts').AreaPack
  export default area
  /** The area's featured services and articles, named as the build found them. */
  export const featured: {
    services: import('./lib/area-pack.ts').FeaturedLink[]
    articles: import('./lib/area-pack.ts').FeaturedLink[]
  }
  export const logo: import('./lib/area-pack.ts').AreaLogo | undefined
}

declare module 'virtual:harbour-articles' {
  export const articles: import('./features/self-help/article-meta.ts').ArticleSummary[]
  export const articleLoaders: Record<
    string,
    () => Promise<{ default: import('./features/self-help/article-meta.ts').Article }>
  >
  /** The titles and summaries of translated articles, by language. */
  export const translatedSummaries: Record<
    string,
    import('./features/self-help/article-meta.ts').ArticleSummary[]
  >
  /** Translated articles by language, then slug (content/<locale>/<slug>.md). */
  export const translationLoaders: Record<
    string,
    Record<
      string,
      () => Promise<{ default: import('./features/self-help/article-meta.ts').Article }>
    >
  >
}

declare module 'virtual:harbour-search-index' {
  const serializedIndex: string
  export default serializedIndex
}

declare module 'virtual:harbour-directory' {
  const bundle: import('./features/directory/service-model.ts').DirectoryBundle
  export default bundle
}

declare module 'virtual:harbour-documents' {
  export const documents: import('./features/info/documents/document-meta.ts').DocumentSummary[]
  export const documentLoaders: Record<
    string,
    () => Promise<{
      default: import('./features/info/documents/document-meta.ts').PublishedDocument
    }>
  >
}
