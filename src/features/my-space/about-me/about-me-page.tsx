import { Trans, useLingui } from '@lingui/react/macro'
import { useState } from 'react'
import { emptyAboutMe, type AboutMe } from '../../../db/about-me.ts'
import { PageHeading } from '../../../ui/page-heading.tsx'
import { usePageTitle } from '../../../ui/use-page-title.ts'
import { AboutMeForm } from './about-me-form.tsx'
import { AboutMeView } from './about-me-view.tsx'
import { ShareOptions } from './share-options.tsx'
import { useAboutMe } from './use-about-me.ts'
import './about-me.css'

export function AboutMePage() {
  const { t } = useLingui()
  usePageTitle(t`About me`)
  const { state, save, retry } = useAboutMe()
  return (
    <div className="about-me-page">
      <PageHeading>
        <Trans>About me</Trans>
      </PageHeading>
      <p className="lead">
        <Trans>Tell your story once, so you don’t have to repeat it to every new person.</Trans>
      </p>
      <p>
        <Trans>
          Everything here is up to you: fill in as much or as little as you like. It stays on this
          device, and nobody sees it unless you choose to share it.
        </Trans>
      </p>
      {state.status === 'loading' && (
        <p className="hint">
          <Trans>Looking on this device…</Trans>
        </p>
      )}
      {state.status === 'failed' && (
        <div className="callout">
          <p>
            <Trans>We couldn’t open your About me on this device.</Trans>
          </p>
          <button type="button" className="button" onClick={retry}>
            <Trans>Try again</Trans>
          </button>
        </div>
      )}
      {state.status === 'ready' && (
        <AboutMeEditor initial={state.saved?.aboutMe ?? emptyAboutMe()} onSave={save} />
      )}
    </div>
  )
}

interface EditorProps {
  initial: AboutMe
  onSave: (aboutMe: AboutMe) => Promise<unknown>
}

function AboutMeEditor({ initial, onSave }: EditorProps) {
  const [draft, setDraft] = useState(initial)
  const [savedVersion, setSavedVersion] = useState(initial)
  return (
    <>
      <AboutMeForm
        value={draft}
        onChange={setDraft}
        unsaved={draft !== savedVersion}
        onSave={async () => {
          await onSave(draft)
          setSavedVersion(draft)
        }}
      />
      <ShareOptions aboutMe={draft} />
      {/* Shown only when printing: the About me alone, without the form or the app around it. */}
      <div className="about-me-print" hidden>
        <h1>
          <Trans>About me</Trans>
        </h1>
        <AboutMeView aboutMe={draft} />
      </div>
    </>
  )
}
