import type { MessageDescriptor } from '@lingui/core'
import { Trans, useLingui } from '@lingui/react/macro'

interface Props {
  items: readonly { id: string; label: MessageDescriptor }[]
}

/** Links to the sections of a long page, so people can go straight to what they came for. */
export function OnThisPage({ items }: Props) {
  const { i18n, t } = useLingui()
  return (
    <nav className="on-this-page" aria-label={t`On this page`}>
      <h2 className="on-this-page__title">
        <Trans>On this page</Trans>
      </h2>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`}>{i18n._(item.label)}</a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
