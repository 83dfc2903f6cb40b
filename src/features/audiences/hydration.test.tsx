import { act } from '@testing-library/react'
import type { ReactNode } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { MemoryRouter, StaticRouter } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { English } from '../../i18n/in-language.tsx'
import { DOOR_STORAGE_KEY } from './door.ts'
import { ParentsPage } from './parents-page.tsx'
import { SchoolsPage } from './schools-page.tsx'

/** Prerenders a page, then hydrates that HTML as the browser would, reporting any mismatch. */
async function hydrate(page: ReactNode, path: string, onDevice = () => {}) {
  const container = document.createElement('div')
  container.innerHTML = renderToString(
    <English>
      <StaticRouter location={path}>{page}</StaticRouter>
    </English>,
  )
  document.body.append(container)
  // What the device holds is there in the browser, never at build time.
  onDevice()
  const problems = vi.fn()
  const root = await act(async () =>
    hydrateRoot(
      container,
      <English>
        <MemoryRouter initialEntries={[path]}>{page}</MemoryRouter>
      </English>,
      {
        onRecoverableError: problems,
      },
    ),
  )
  return { container, problems, done: () => act(() => root.unmount()) }
}

afterEach(() => {
  localStorage.clear()
  document.body.innerHTML = ''
})

describe('hydrating the prerendered pages', () => {
  it('matches on the parents’ page even when the device remembers the door', async () => {
    const { container, problems, done } = await hydrate(<ParentsPage />, '/parents', () =>
      localStorage.setItem(DOOR_STORAGE_KEY, 'parents'),
    )
    expect(problems).not.toHaveBeenCalled()
    // Once live, the page shows what the device remembers.
    expect(container.textContent).toContain('You chose the parents’ view.')
    await done()
  })

  it('matches on the schools’ page, then shows the link for this site', async () => {
    const { container, problems, done } = await hydrate(<SchoolsPage />, '/schools')
    expect(problems).not.toHaveBeenCalled()
    expect(container.textContent).toContain(`${window.location.origin}/help`)
    await done()
  })
})
