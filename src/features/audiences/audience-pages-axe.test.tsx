import { render } from '@testing-library/react'
import axe from 'axe-core'
import type { ReactNode } from 'react'
import { MemoryRouter } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import { DOOR_STORAGE_KEY } from './door.ts'
import { ParentsPage } from './parents-page.tsx'
import { SchoolsPage } from './schools-page.tsx'

/** axe-core's WCAG rules; colour contrast needs real layout, so the browser tests check that. */
async function violations(page: ReactNode, path: string) {
  const { container } = render(
    <MemoryRouter initialEntries={[path]}>
      <main>{page}</main>
    </MemoryRouter>,
  )
  const result = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    rules: { 'color-contrast': { enabled: false } },
  })
  return result.violations.map(
    (found) => `${found.id}: ${found.nodes.map((n) => n.html).join(' | ')}`,
  )
}

afterEach(() => localStorage.clear())

describe('the parents’ and schools’ pages, checked by axe-core', () => {
  it('finds nothing on the parents’ page, before and after choosing the door', async () => {
    expect(await violations(<ParentsPage />, '/parents')).toEqual([])
    localStorage.setItem(DOOR_STORAGE_KEY, 'parents')
    expect(await violations(<ParentsPage />, '/parents')).toEqual([])
  })

  it('finds nothing on the schools’ page', async () => {
    expect(await violations(<SchoolsPage />, '/schools')).toEqual([])
  })
})
