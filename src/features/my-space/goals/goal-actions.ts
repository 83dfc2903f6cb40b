import type { I18n } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import type { Status } from '../hub/status-line.tsx'

/** Where focus goes after a goal moves or goes: the heading of the list it left or joined. */
export type GoalListName = 'active' | 'past'

/** Tells the goals page what happened, so it can say so and move focus sensibly. */
export type ReportGoalChange = (status: Status, focus?: GoalListName) => void

export function goalGone(i18n: I18n): Status {
  return {
    tone: 'problem',
    text: i18n._(msg`This goal has been deleted, perhaps in another tab.`),
  }
}

/** Words for a goal that would be a fourth (the error's own message is English only). */
export function goalLimitText(i18n: I18n): string {
  return i18n._(
    msg`You already have three goals. To add another, move one to your past goals or delete one.`,
  )
}
