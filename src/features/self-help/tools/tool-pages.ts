import type { DynamicPages } from '../../../app/route-table.ts'
import { tools } from './tool-registry.ts'

/** Every tool is prerendered, so its page paints at once and opens from a school's link. */
export const toolPages: DynamicPages = {
  paths: tools.map((tool) => `/tools/${tool.slug}`),
  describe(path) {
    const tool = tools.find((t) => `/tools/${t.slug}` === path)
    return tool && { title: tool.title, description: tool.summary }
  },
}
