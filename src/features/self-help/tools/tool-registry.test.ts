import { describe, expect, it } from 'vitest'
import { i18nFor } from '../../../i18n/i18n-instances.ts'
import { findTool, toolSlugs, tools } from './tool-registry.ts'

describe('tool registry', () => {
  it('lists each tool once, in the order of its slugs', () => {
    expect(tools.map((tool) => tool.slug)).toEqual([...toolSlugs])
  })

  it('gives every tool a title, a summary and a sensible time', () => {
    for (const tool of tools) {
      expect(i18nFor('en')._(tool.title).length).toBeGreaterThan(0)
      expect(i18nFor('en')._(tool.summary).length).toBeGreaterThan(0)
      expect(tool.minutes).toBeGreaterThan(0)
      expect(tool.minutes).toBeLessThanOrEqual(15)
    }
  })

  it('finds a tool by slug and nothing for an unknown one', () => {
    const found = findTool('worry-tree')
    expect(found && i18nFor('en')._(found.title)).toBe('The worry tree')
    expect(findTool('nope')).toBeUndefined()
    expect(findTool(undefined)).toBeUndefined()
  })
})
