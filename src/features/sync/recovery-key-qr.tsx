import { useLingui } from '@lingui/react/macro'
import { useMemo } from 'react'
import { encode } from 'uqr'
import { qrPath } from '../audiences/schools/qr-code.tsx'

/** The blank border a scanner needs around the code, in modules. */
const QUIET_ZONE = 4

/**
 * The key's link as a QR code, drawn on this device as SVG, dark on white whatever the theme.
 * Its name says what it is for; it never reads the key aloud (the key is written beside it).
 */
export function RecoveryKeyQr({ link }: { link: string }) {
  const { t } = useLingui()
  const { size, path } = useMemo(() => {
    const code = encode(link, { ecc: 'M', border: QUIET_ZONE })
    return { size: code.size, path: qrPath(code.data) }
  }, [link])
  return (
    <svg
      className="recovery-key__qr"
      role="img"
      aria-label={t`QR code of your recovery key`}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  )
}
