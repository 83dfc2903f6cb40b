/**
 * UK postcodes, reduced to their district (the "outcode", the part before the space). Harbour
 * only ever keeps the district: it is enough to find nearby services and says far less about
 * where a person lives than a full postcode.
 */

// The outward code's six shapes: A9, A99, AA9, AA99, A9A, AA9A.
const OUTWARD = '[A-Z]{1,2}[0-9][A-Z0-9]?'
const INWARD = '[0-9][A-Z]{2}'
const OUTCODE_ONLY = new RegExp(`^${OUTWARD}$`)
const FULL_WITHOUT_SPACE = new RegExp(`^(${OUTWARD})${INWARD}$`)
// Someone still typing the second half ("BS1 4", "BS1 4D") has still told us the district.
const INWARD_SO_FAR = /^[0-9][A-Z]{0,2}$/

/**
 * "bs1 4dj", "BS14DJ" or "bs1" → "BS1"; anything that is not a postcode or district → undefined.
 * It checks the shape only: whether the district exists is for the districts table to say.
 */
export function normaliseOutcode(input: string): string | undefined {
  const parts = input.trim().toUpperCase().split(/\s+/)
  if (parts.length > 2) return undefined
  const [first = '', second] = parts
  if (second !== undefined) {
    return OUTCODE_ONLY.test(first) && INWARD_SO_FAR.test(second) ? first : undefined
  }
  if (OUTCODE_ONLY.test(first)) return first
  return FULL_WITHOUT_SPACE.exec(first)?.[1]
}

/** Northern Ireland's postcodes all start BT; the districts table has none of them. */
export function isNorthernIrishOutcode(outcode: string): boolean {
  return /^BT[0-9]/.test(outcode)
}
