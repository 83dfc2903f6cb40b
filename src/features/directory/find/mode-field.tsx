import { Trans, useLingui } from '@lingui/react/macro'
import type { ModeFilter } from '../search/search-model.ts'
import { MODE_NAMES } from '../service/mode-labels.ts'

interface Props {
  modes: readonly ModeFilter[] | undefined
  onChange: (modes: ModeFilter[] | undefined) => void
}

export const MODE_FILTERS: readonly ModeFilter[] = [
  'online',
  'text',
  'phone',
  'face-to-face',
  'group',
  'drop-in',
]

/** "How?": any of the ways a person would like; a service offering at least one is shown. */
export function ModeField({ modes = [], onChange }: Props) {
  const toggle = (mode: ModeFilter, on: boolean) => {
    const next = MODE_FILTERS.filter((m) => (m === mode ? on : modes.includes(m)))
    onChange(next.length > 0 ? next : undefined)
  }
  const { i18n } = useLingui()
  return (
    <fieldset className="choice-group mode-field">
      <legend>
        <Trans>How?</Trans>
      </legend>
      <p className="hint">
        <Trans>Tick any. Services that offer at least one of them are shown.</Trans>
      </p>
      <div className="mode-field__options">
        {MODE_FILTERS.map((mode) => (
          <label key={mode} className="choice">
            <input
              type="checkbox"
              name="modes"
              value={mode}
              checked={modes.includes(mode)}
              onChange={(event) => toggle(mode, event.target.checked)}
            />
            <span>{i18n._(MODE_NAMES[mode])}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
