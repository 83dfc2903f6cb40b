import type { I18n } from '@lingui/core'
import type { DynamicPages } from '../../../app/route-table.ts'
import { i18nFor } from '../../../i18n/i18n-instances.ts'
import { tools } from './tool-registry.ts'

/** Every tool is prerendered, so its page paints at once and opens from a school's link. */
export const toolPages: DynamicPages = {
  paths: tools.map((tool) => `/tools/${tool.slug}`),
  // The prerender names the page's language; English until it passes one.
  describe(path, i18n: I18n = i18nFor('en')) {
    const tool = tools.find((t) => `/tools/${t.slug}` === path)
    return tool && { title: i18n._(tool.title), description: i18n._(tool.summary) }
  },
}
