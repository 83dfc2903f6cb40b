import type { I18n, MessageDescriptor } from '@lingui/core'
import { feelings, happenings } from '../../check-ins/check-in-options.ts'

const feelingLabels = new Map<string, MessageDescriptor>(
  feelings.map((option) => [option.value, option.label]),
)
const happeningLabels = new Map<string, MessageDescriptor>(
  happenings.map((option) => [option.value, option.label]),
)

function inWords(labels: ReadonlyMap<string, MessageDescriptor>, value: string, i18n: I18n) {
  const label = labels.get(value)
  return label ? i18n._(label) : value
}

/** Stored ids in words. An id this version does not know (from an import) is shown as it is. */
export const feelingLabel = (value: string, i18n: I18n) => inWords(feelingLabels, value, i18n)
export const happeningLabel = (value: string, i18n: I18n) => inWords(happeningLabels, value, i18n)

export function feelingsText(values: readonly string[], i18n: I18n): string {
  return values.map((value) => feelingLabel(value, i18n)).join(', ')
}

export function happeningsText(values: readonly string[], i18n: I18n): string {
  return values.map((value) => happeningLabel(value, i18n)).join(', ')
}
