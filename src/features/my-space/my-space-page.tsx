/* eslint-disable lingui/no-unlocalized-strings -- module paths and export names, not interface text */
import { lazy, Suspense, type ComponentType } from 'react'
import { Route, Routes } from 'react-router'
import { MySpaceHub } from './hub/my-space-hub.tsx'
import { MySpaceNotFound } from './hub/my-space-not-found.tsx'
import { QuietLoading } from './hub/quiet-loading.tsx'

/** One named export of a page module, loaded only when its page is opened. */
function lazyPage<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }))
}

const HistoryPage = lazyPage(() => import('./history/history-page.tsx'), 'HistoryPage')
const CheckInEditPage = lazyPage(
  () => import('./history/check-in-edit-page.tsx'),
  'CheckInEditPage',
)
const GoalsPage = lazyPage(() => import('./goals/goals-page.tsx'), 'GoalsPage')
const SavedPage = lazyPage(() => import('./saved/saved-page.tsx'), 'SavedPage')
const SafetyPlanPage = lazyPage(
  () => import('./safety-plan/safety-plan-page.tsx'),
  'SafetyPlanPage',
)
const AboutMePage = lazyPage(() => import('./about-me/about-me-page.tsx'), 'AboutMePage')
const SharedAboutMePage = lazyPage(
  () => import('./about-me/shared-about-me-page.tsx'),
  'SharedAboutMePage',
)
const YourDataPage = lazyPage(() => import('./your-data/your-data-page.tsx'), 'YourDataPage')
const KeptWordsPage = lazyPage(() => import('./kept-words/kept-words-page.tsx'), 'KeptWordsPage')
const LockSettingsPage = lazyPage(() => import('./lock/lock-settings-page.tsx'), 'LockSettingsPage')
const UnlockPage = lazyPage(() => import('./lock/unlock-page.tsx'), 'UnlockPage')
const ForgottenPasscodePage = lazyPage(
  () => import('./lock/forgotten-passcode-page.tsx'),
  'ForgottenPasscodePage',
)
// The gate reads the device, so it loads with the pages behind it, never with the front page.
const LockGate = lazy(async () => ({ default: (await import('./lock/lock-gate.tsx')).LockGate }))

/**
 * `/my-space/*`. The front page is part of this chunk (it is prerendered and needs no data);
 * every other page, the charts included, loads only when it is opened. Every page that shows
 * personal records is behind the passcode lock's gate; the front page, a shared About me
 * someone sent, unlocking and the forgotten-passcode page are not.
 */
export function MySpacePage() {
  return (
    <Suspense fallback={<QuietLoading />}>
      <Routes>
        <Route index element={<MySpaceHub />} />
        <Route path="about-me/shared" element={<SharedAboutMePage />} />
        <Route path="unlock" element={<UnlockPage />} />
        <Route path="forgotten-passcode" element={<ForgottenPasscodePage />} />
        <Route element={<LockGate />}>
          <Route path="history" element={<HistoryPage />} />
          <Route path="history/:checkInId" element={<CheckInEditPage />} />
          <Route path="goals" element={<GoalsPage />} />
          <Route path="saved" element={<SavedPage />} />
          <Route path="safety-plan" element={<SafetyPlanPage />} />
          <Route path="about-me" element={<AboutMePage />} />
          <Route path="your-data" element={<YourDataPage />} />
          <Route path="lock" element={<LockSettingsPage />} />
          <Route path="kept-words" element={<KeptWordsPage />} />
        </Route>
        <Route path="*" element={<MySpaceNotFound />} />
      </Routes>
    </Suspense>
  )
}
