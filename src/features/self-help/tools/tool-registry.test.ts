import { describe, expect, it } from 'vitest'
import { findTool, toolSlugs, tools } from './tool-registry.ts'

describe('tool registry', () => {
  it('lists each tool once, in the order of its slugs', () => {
    expect(tools.map((tool) => tool.slug)).toEqual([...toolSlugs])
  })

  it('gives every tool a title, a summary and a sensible time', () => {
    for (const tool of tools) {
      expect(tool.title.length).toBeGreaterThan(0)
      expect(tool.summary.length).toBeGreaterThan(0)
      expect(tool.minutes).toBeGreaterThan(0)
      expect(tool.minutes).toBeLessThanOrEqual(15)
    }
  })

  it('finds a tool by slug and nothing for an unknown one', () => {
    expect(findTool('worry-tree')?.title).toBe('The worry tree')
    expect(findTool('nope')).toBeUndefined()
    expect(findTool(undefined)).toBeUndefined()
  })
})
