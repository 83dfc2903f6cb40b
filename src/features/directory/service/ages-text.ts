import type { DirectoryService } from '../service-model.ts'

/** "Aged 11 to 18", "Aged 18 and under", "Aged 16 and over" or "Any age". */
export function agesText(ages: DirectoryService['ages']): string {
  const { min, max } = ages
  if (min !== undefined && max !== undefined) {
    return min === max ? `Aged ${min}` : `Aged ${min} to ${max}`
  }
  if (max !== undefined) return `Aged ${max} and under`
  if (min !== undefined) return `Aged ${min} and over`
  return 'Any age'
}
