/*
 * Testing Library as the app's tests use it: every render is inside the English I18nProvider, as
 * every page of the app is, so a component can be tested on its own. Vitest points
 * '@testing-library/react' here (vite.config.ts); this file reaches the real one through its
 * `pure` entry (cleanup runs in test-setup.ts).
 */
import { I18nProvider } from '@lingui/react'
import {
  render as renderPure,
  renderHook as renderHookPure,
  type RenderHookOptions,
  type RenderOptions,
} from '@testing-library/react/pure'
import type { JSXElementConstructor, ReactElement, ReactNode } from 'react'
import { i18nFor } from './i18n/i18n-instances.ts'

export * from '@testing-library/react/pure'

type Wrapper = JSXElementConstructor<{ children: ReactNode }>

function inLanguage(Inner?: Wrapper): Wrapper {
  return function InLanguage({ children }: { children: ReactNode }) {
    return (
      <I18nProvider i18n={i18nFor('en')}>
        {Inner ? <Inner>{children}</Inner> : children}
      </I18nProvider>
    )
  }
}

export function render(ui: ReactElement, options: RenderOptions = {}) {
  return renderPure(ui, { ...options, wrapper: inLanguage(options.wrapper as Wrapper | undefined) })
}

export function renderHook<Result, Props>(
  hook: (props: Props) => Result,
  options: RenderHookOptions<Props> = {},
) {
  return renderHookPure(hook, {
    ...options,
    wrapper: inLanguage(options.wrapper as Wrapper | undefined),
  })
}
