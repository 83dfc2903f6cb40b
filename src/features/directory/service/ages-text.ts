import type { I18n } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import type { DirectoryService } from '../service-model.ts'

/** "Aged 11 to 18", "Aged 18 and under", "Aged 16 and over" or "Any age". */
export function agesText(ages: DirectoryService['ages'], i18n: I18n): string {
  const { min, max } = ages
  if (min !== undefined && max !== undefined) {
    return min === max ? i18n._(msg`Aged ${min}`) : i18n._(msg`Aged ${min} to ${max}`)
  }
  if (max !== undefined) return i18n._(msg`Aged ${max} and under`)
  if (min !== undefined) return i18n._(msg`Aged ${min} and over`)
  return i18n._(msg`Any age`)
}
