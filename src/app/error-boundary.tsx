import { Trans } from '@lingui/react/macro'
import { Component, type ErrorInfo, type ReactNode } from 'react'

interface Props {
  children: ReactNode
  /** When this changes (a new page), the boundary tries again. */
  resetKey: string
  /** The help page in the interface language (`/help`, `/cy/help`). */
  helpHref: string
}

interface State {
  failed: boolean
  resetKey: string
}

/** Keeps the header (Get help now, Quick exit) working when a page fails to render. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, resetKey: this.props.resetKey }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey }
  }

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('A page failed to render', error, info.componentStack)
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children
    return (
      <div className="error-page">
        <h1>
          <Trans>Sorry, this page didn’t load</Trans>
        </h1>
        <p>
          <Trans>
            Something went wrong on our side. Nothing you saved on this device has been lost. Try
            reloading the page, or go back to the start.
          </Trans>
        </p>
        <p>
          {/* A plain link on purpose: the router may be what failed. */}
          <Trans>
            If you need to talk to someone now,{' '}
            <a href={this.props.helpHref}>see who you can contact</a>.
          </Trans>
        </p>
      </div>
    )
  }
}
