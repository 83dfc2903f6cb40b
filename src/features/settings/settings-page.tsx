import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { Link } from 'react-router'
import area from 'virtual:harbour-area'
import { LanguageSwitch } from '../../i18n/language-switch.tsx'
import { PageHeading } from '../../ui/page-heading.tsx'
import { ChoiceGroup } from '../../ui/choice-group.tsx'
import type { Motion, TextSize, Theme } from './preferences.ts'
import { StorageSection } from './storage-section.tsx'
import { SyncSection } from '../sync/sync-section.tsx'
import { usePreferences } from './use-preferences.ts'

interface Option<T> {
  value: T
  label: MessageDescriptor
}

const themeOptions: Option<Theme>[] = [
  { value: 'system', label: msg`Match my device` },
  { value: 'light', label: msg`Light` },
  { value: 'dark', label: msg`Dark` },
  { value: 'high-contrast', label: msg`High contrast` },
]

const textSizeOptions: Option<TextSize>[] = [
  { value: 'standard', label: msg`Standard` },
  { value: 'large', label: msg`Large` },
  { value: 'larger', label: msg`Larger` },
  { value: 'largest', label: msg`Largest` },
]

const motionOptions: Option<Motion>[] = [
  { value: 'system', label: msg`Match my device` },
  { value: 'reduce', label: msg`Reduce motion: no moving animations` },
]

export function SettingsPage() {
  const [preferences, setPreferences] = usePreferences()
  const { i18n, t } = useLingui()
  const inWords = <T extends string>(options: Option<T>[]) =>
    options.map(({ value, label }) => ({ value, label: i18n._(label) }))
  return (
    <div className="settings">
      <PageHeading>
        <Trans>Settings</Trans>
      </PageHeading>
      <p className="lead">
        <Trans>Make Harbour easier to use. Your choices are kept on this device.</Trans>
      </p>
      <form className="stack" onSubmit={(event) => event.preventDefault()}>
        <ChoiceGroup
          legend={t`Colours`}
          options={inWords(themeOptions)}
          value={preferences.theme}
          onChange={(theme) => setPreferences({ theme })}
        />
        <ChoiceGroup
          legend={t`Text size`}
          options={inWords(textSizeOptions)}
          value={preferences.textSize}
          onChange={(textSize) => setPreferences({ textSize })}
        />
        <ChoiceGroup
          legend={t`Motion`}
          hint={t`Breathing and other tools show a still version instead of moving.`}
          options={inWords(motionOptions)}
          value={preferences.motion}
          onChange={(motion) => setPreferences({ motion })}
        />
      </form>
      {area.languages.length > 1 && (
        <section className="storage-section" aria-labelledby="language-heading">
          <h2 id="language-heading">
            <Trans>Language</Trans>
          </h2>
          <p>
            <Trans>Harbour can be shown in another language. This page opens again in it.</Trans>
          </p>
          <LanguageSwitch />
        </section>
      )}
      <StorageSection />
      <SyncSection />
      <section className="storage-section" aria-labelledby="lock-heading">
        <h2 id="lock-heading">
          <Trans>Passcode lock</Trans>
        </h2>
        <p>
          <Trans>
            You can lock My space with a passcode, so only you can open it on this device.
          </Trans>
        </p>
        <p>
          <Link to="/my-space/lock">
            <Trans>Set up or change the passcode lock</Trans>
          </Link>
        </p>
      </section>
    </div>
  )
}
