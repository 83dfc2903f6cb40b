import { Link } from 'react-router'
import { PageHeading } from '../../ui/page-heading.tsx'
import { ChoiceGroup } from '../../ui/choice-group.tsx'
import type { Motion, TextSize, Theme } from './preferences.ts'
import { StorageSection } from './storage-section.tsx'
import { SyncSection } from '../sync/sync-section.tsx'
import { usePreferences } from './use-preferences.ts'

const themeOptions: { value: Theme; label: string }[] = [
  { value: 'system', label: 'Match my device' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'high-contrast', label: 'High contrast' },
]

const textSizeOptions: { value: TextSize; label: string }[] = [
  { value: 'standard', label: 'Standard' },
  { value: 'large', label: 'Large' },
  { value: 'larger', label: 'Larger' },
  { value: 'largest', label: 'Largest' },
]

const motionOptions: { value: Motion; label: string }[] = [
  { value: 'system', label: 'Match my device' },
  { value: 'reduce', label: 'Reduce motion: no moving animations' },
]

export function SettingsPage() {
  const [preferences, setPreferences] = usePreferences()
  return (
    <div className="settings">
      <PageHeading>Settings</PageHeading>
      <p className="lead">Make Harbour easier to use. Your choices are kept on this device.</p>
      <form className="stack" onSubmit={(event) => event.preventDefault()}>
        <ChoiceGroup
          legend="Colours"
          options={themeOptions}
          value={preferences.theme}
          onChange={(theme) => setPreferences({ theme })}
        />
        <ChoiceGroup
          legend="Text size"
          options={textSizeOptions}
          value={preferences.textSize}
          onChange={(textSize) => setPreferences({ textSize })}
        />
        <ChoiceGroup
          legend="Motion"
          hint="Breathing and other tools show a still version instead of moving."
          options={motionOptions}
          value={preferences.motion}
          onChange={(motion) => setPreferences({ motion })}
        />
      </form>
      <StorageSection />
      <SyncSection />
      <section className="storage-section" aria-labelledby="lock-heading">
        <h2 id="lock-heading">Passcode lock</h2>
        <p>You can lock My space with a passcode, so only you can open it on this device.</p>
        <p>
          <Link to="/my-space/lock">Set up or change the passcode lock</Link>
        </p>
      </section>
    </div>
  )
}
