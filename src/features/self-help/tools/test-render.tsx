import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { MemoryRouter } from 'react-router'

/** Tools link to other pages, so they render inside a router in tests. */
export function renderTool(tool: ReactElement) {
  return render(<MemoryRouter>{tool}</MemoryRouter>)
}
