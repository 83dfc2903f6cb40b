import { feelings, happenings } from '../../check-ins/check-in-options.ts'

const feelingLabels = new Map<string, string>(
  feelings.map((option) => [option.value, option.label]),
)
const happeningLabels = new Map<string, string>(
  happenings.map((option) => [option.value, option.label]),
)

/** Stored ids in words. An id this version does not know (from an import) is shown as it is. */
export const feelingLabel = (value: string) => feelingLabels.get(value) ?? value
export const happeningLabel = (value: string) => happeningLabels.get(value) ?? value

export function feelingsText(values: readonly string[]): string {
  return values.map(feelingLabel).join(', ')
}

export function happeningsText(values: readonly string[]): string {
  return values.map(happeningLabel).join(', ')
}
