import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { MemoryRouter } from 'react-router'
import { InLanguage } from './i18n/in-language.tsx'

/** A page as the app shows it under /cy: in Welsh, with its links kept under /cy. */
export function renderWelshPage(page: ReactNode, path: string) {
  return render(
    <InLanguage locale="cy">
      <MemoryRouter basename="/cy" initialEntries={[`/cy${path}`]}>
        {page}
      </MemoryRouter>
    </InLanguage>,
  )
}
