import { act, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { unlock } from '../../../db/lock/passcode-lock.ts'
import { listToolEntries } from '../../../db/tool-entries.ts'
import { CheckInPage } from '../../check-ins/check-in-page.tsx'
import { CopingKitTool } from '../../self-help/tools/coping-kit/coping-kit-tool.tsx'
import { WorryTreeTool } from '../../self-help/tools/worry-tree/worry-tree-tool.tsx'
import { MySpaceHub } from '../hub/my-space-hub.tsx'
import { SafetyPlanSummary } from '../safety-plan/safety-plan-summary.tsx'
import { SaveToggle } from '../save-toggle.tsx'
import { lockedDevice, renderAt, TEST_PASSCODE } from './test-render.tsx'
import { noteRightPasscode } from './unlock-delay.ts'

/** Unlocks with the form that is on screen (there is only one). */
async function unlockHere(user: ReturnType<typeof renderAt>) {
  await user.type(screen.getByLabelText('Passcode'), TEST_PASSCODE)
  await user.click(screen.getByRole('button', { name: 'Unlock' }))
}

describe('outside My space, while it is locked', () => {
  afterEach(() => {
    noteRightPasscode()
  })

  it('asks for the passcode before a check-in, with help one tap away', async () => {
    await lockedDevice()
    const user = renderAt('/check-in', <CheckInPage />)
    const locked = await screen.findByRole('region', { name: 'Your check-ins are locked' })
    expect(within(locked).getByRole('link', { name: 'get help now' })).toHaveAttribute(
      'href',
      '/help',
    )
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
    await unlockHere(user)
    expect(await screen.findByText(/Step 1 of [34]/)).toBeVisible()
    expect(screen.getByRole('heading', { level: 1, name: 'Check in' })).toHaveFocus()
  })

  it('says the safety plan is locked, with a way to open it, and never hides it for good', async () => {
    await lockedDevice()
    renderAt('/check-in', <SafetyPlanSummary headingId="plan" />)
    expect(await screen.findByText(/Your safety plan is locked/)).toBeVisible()
    expect(screen.getByRole('link', { name: 'Unlock my safety plan' })).toHaveAttribute(
      'href',
      '/my-space/safety-plan',
    )
    await act(() => unlock(TEST_PASSCODE))
    expect(await screen.findByRole('link', { name: /safety plan/ })).not.toHaveTextContent('Unlock')
    expect(screen.queryByText(/Your safety plan is locked/)).toBeNull()
  })

  it('offers to unlock instead of saving an article, and comes back to it', async () => {
    await lockedDevice()
    renderAt(
      '/self-help/exam-stress',
      <SaveToggle kind="article" itemRef="exam-stress" title="Exam stress" />,
    )
    expect(await screen.findByText(/My space is locked/)).toBeVisible()
    expect(screen.queryByRole('button', { name: /Save/ })).toBeNull()
    expect(screen.getByRole('link', { name: 'Unlock My space' })).toHaveAttribute(
      'href',
      '/my-space/unlock?next=%2Fself-help%2Fexam-stress',
    )
    await act(() => unlock(TEST_PASSCODE))
    expect(await screen.findByRole('button', { name: 'Saved to My space' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
  })

  it('unlocks saved worry trees in place, keeping what is being written', async () => {
    await lockedDevice()
    const user = renderAt('/tools/worry-tree', <WorryTreeTool />)
    expect(
      await screen.findByRole('heading', { level: 3, name: 'Your saved worry trees are locked' }),
    ).toBeVisible()
    await user.type(screen.getByRole('textbox', { name: /Write your worry/ }), 'Moving school')
    await unlockHere(user)
    expect(await screen.findByText("You haven't saved any worry trees yet.")).toBeVisible()
    expect(screen.getByRole('textbox', { name: /Write your worry/ })).toHaveValue('Moving school')
    expect(await listToolEntries('thought-record')).toHaveLength(1)
  })

  it('unlocks the coping kit in place', async () => {
    await lockedDevice()
    const user = renderAt('/tools/coping-kit', <CopingKitTool />)
    expect(await screen.findByRole('heading', { name: 'Your coping kit is locked' })).toBeVisible()
    await unlockHere(user)
    expect(await screen.findByText(/Your kit is empty for now/)).toBeVisible()
  })

  it('shows My space’s front page, with a way to unlock instead of the check-ins', async () => {
    await lockedDevice()
    renderAt('/my-space', <MySpaceHub />)
    expect(await screen.findByRole('heading', { name: 'My space is locked' })).toBeVisible()
    expect(screen.getByRole('link', { name: 'Unlock My space' })).toHaveAttribute(
      'href',
      '/my-space/unlock?next=%2Fmy-space',
    )
    await act(() => unlock(TEST_PASSCODE))
    expect(await screen.findByRole('button', { name: 'Lock now' })).toBeVisible()
    expect(screen.queryByRole('heading', { name: 'My space is locked' })).toBeNull()
  })
})
