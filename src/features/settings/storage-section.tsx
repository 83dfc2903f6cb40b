import { msg } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { useStorageStatus } from './use-storage-status.ts'

const explanations = {
  kept: msg`Your browser has agreed to keep what you save in Harbour, even when the device is low on space.`,
  'may-be-cleared': msg`Your browser may clear what you save in Harbour if the device runs low on space, or if you do not open Harbour for a while (some iPhones do this after 7 days).`,
  unknown: msg`Your browser does not say whether it will keep what you save in Harbour. Opening Harbour now and then helps it stay.`,
} as const

export function StorageSection() {
  const { status, ask } = useStorageStatus()
  const { i18n } = useLingui()
  return (
    <section className="storage-section" aria-labelledby="storage-heading">
      <h2 id="storage-heading">
        <Trans>Keeping your data on this device</Trans>
      </h2>
      <p role="status">{i18n._(explanations[status])}</p>
      {status === 'may-be-cleared' && (
        <button type="button" className="button" onClick={() => void ask()}>
          <Trans>Ask my browser to keep my data</Trans>
        </button>
      )}
    </section>
  )
}
