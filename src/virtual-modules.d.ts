declare module 'virtual:harbour-area' {
  import type { AreaPack } from './lib/area-pack.ts'
  const area: AreaPack
  export default area
}

declare module 'virtual:harbour-articles' {
  import type { Article, ArticleSummary } from './features/self-help/article-meta.ts'
  export const articles: ArticleSummary[]
  export const articleLoaders: Record<string, () => Promise<{ default: Article }>>
}

declare module 'virtual:harbour-search-index' {
  const serializedIndex: string
  export default serializedIndex
}

declare module 'virtual:harbour-directory' {
  import type { DirectoryBundle } from './features/directory/service-model.ts'
  const bundle: DirectoryBundle
  export default bundle
}
