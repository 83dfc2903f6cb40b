declare module 'virtual:harbour-area' {
  import type { AreaPack } from './lib/area-pack.ts'
  const area: AreaPack
  export default area
}
