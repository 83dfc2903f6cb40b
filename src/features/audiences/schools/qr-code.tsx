import { useLingui } from '@lingui/react/macro'
import { useMemo } from 'react'
import { encode } from 'uqr'

/** The blank border a scanner needs around the code, in modules. */
const QUIET_ZONE = 4

/** One path of dark modules, a horizontal run at a time, so the drawing stays small. */
export function qrPath(data: readonly (readonly boolean[])[]): string {
  const parts: string[] = []
  data.forEach((row, y) => {
    let x = 0
    while (x < row.length) {
      if (!row[x]) {
        x++
        continue
      }
      const start = x
      while (row[x]) x++
      // eslint-disable-next-line lingui/no-unlocalized-strings -- SVG path commands, not words
      parts.push(`M${start} ${y}h${x - start}v1h-${x - start}z`)
    }
  })
  return parts.join('')
}

interface Props {
  /** What the code holds: the link itself. */
  value: string
  className?: string
}

/**
 * A QR code drawn on the device as SVG. Always dark on white, whatever the theme, since
 * scanners expect it; medium error correction so a creased or smudged poster still scans.
 */
export function QrCode({ value, className }: Props) {
  const { t } = useLingui()
  const { size, path } = useMemo(() => {
    const code = encode(value, { ecc: 'M', border: QUIET_ZONE })
    return { size: code.size, path: qrPath(code.data) }
  }, [value])
  return (
    <svg
      className={className}
      role="img"
      aria-label={t`QR code for ${value}`}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  )
}
