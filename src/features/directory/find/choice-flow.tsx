import type { I18n, MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { useRef } from 'react'
import { Link } from 'react-router'
import { ChoiceGroup } from '../../../ui/choice-group.tsx'
import type { SupportChoice } from '../search/search-model.ts'

interface Props {
  choice: SupportChoice | undefined
  onChange: (choice: SupportChoice | undefined) => void
}

const ANY = 'any'

const NO_PREFERENCE = msg`No preference`

const TALK_OR_TYPE = [
  { value: 'talk', label: msg`Talk` },
  { value: 'type', label: msg`Type (text or chat)` },
  { value: ANY, label: NO_PREFERENCE },
] as const

const PLACE = [
  { value: 'remote', label: msg`Online or by phone` },
  { value: 'in-person', label: msg`In person` },
  { value: ANY, label: NO_PREFERENCE },
] as const

const WHEN = [
  { value: 'now', label: msg`I need someone now` },
  { value: 'can-wait', label: msg`It can wait a few days` },
  { value: ANY, label: NO_PREFERENCE },
] as const

const ANONYMOUS = [
  { value: 'yes', label: msg`Yes, I would rather not give my name` },
  { value: ANY, label: NO_PREFERENCE },
] as const

/** Options with their words in the interface language, as ChoiceGroup shows them. */
function inWords<T extends string>(
  options: readonly { value: T; label: MessageDescriptor }[],
  i18n: I18n,
): { value: T; label: string }[] {
  return options.map(({ value, label }) => ({ value, label: i18n._(label) }))
}

function valueOrAny<T extends string>(value: T | undefined): T | typeof ANY {
  return value ?? ANY
}

function anonymousValue(anonymous: boolean | undefined) {
  return anonymous ? 'yes' : ANY
}

/** Nothing answered is no choice at all, so the address stays clean. */
function tidy(choice: SupportChoice): SupportChoice | undefined {
  const answered = Object.entries(choice).filter(([, value]) => value !== undefined)
  return answered.length > 0 ? (Object.fromEntries(answered) as SupportChoice) : undefined
}

/**
 * "How would you like support?": four short questions, each one optional and answerable in any
 * order. Answers change the order of the results, never hide them.
 */
export function ChoiceFlow({ choice = {}, onChange }: Props) {
  const set = (change: SupportChoice) => onChange(tidy({ ...choice, ...change }))
  const answered = tidy(choice) !== undefined
  const heading = useRef<HTMLHeadingElement>(null)
  const { i18n, t } = useLingui()
  const clear = () => {
    onChange(undefined)
    // The button goes once nothing is answered; keep the person's place in the page.
    heading.current?.focus()
  }
  return (
    <section className="choice-flow" aria-labelledby="choice-flow-heading">
      <h2 id="choice-flow-heading" ref={heading} tabIndex={-1}>
        <Trans>How would you like support?</Trans>
      </h2>
      <p className="hint">
        <Trans>
          Answer any of these, in any order, and we will put the services that fit you first. Skip
          any you are not sure about.
        </Trans>
      </p>
      <div className="choice-flow__questions">
        <ChoiceGroup
          className="choice-flow__question"
          legend={t`Would you rather talk or type?`}
          options={inWords(TALK_OR_TYPE, i18n)}
          value={valueOrAny(choice.talkOrType)}
          onChange={(value) => set({ talkOrType: value === ANY ? undefined : value })}
        />
        <ChoiceGroup
          className="choice-flow__question"
          legend={t`Online or by phone, or in person?`}
          options={inWords(PLACE, i18n)}
          value={valueOrAny(choice.place)}
          onChange={(value) => set({ place: value === ANY ? undefined : value })}
        />
        <ChoiceGroup
          className="choice-flow__question"
          legend={t`Do you need someone now, or can it wait?`}
          options={inWords(WHEN, i18n)}
          value={valueOrAny(choice.when)}
          onChange={(value) => set({ when: value === ANY ? undefined : value })}
        />
        <ChoiceGroup
          className="choice-flow__question"
          legend={t`Do you want to stay anonymous?`}
          hint={t`Anonymous means you do not have to give your name.`}
          options={inWords(ANONYMOUS, i18n)}
          value={anonymousValue(choice.anonymous)}
          onChange={(value) => set({ anonymous: value === 'yes' ? true : undefined })}
        />
      </div>
      {choice.when === 'now' && (
        <p className="callout choice-flow__now">
          <Trans>
            If you are not safe right now, or you might hurt yourself, do not wait:{' '}
            <Link to="/help">get help now</Link>.
          </Trans>
        </p>
      )}
      <div className="button-row">
        <a className="button button--primary" href="#results-heading">
          <Trans>See the results</Trans>
        </a>
        {answered && (
          <button type="button" className="button" onClick={clear}>
            <Trans>Clear my answers</Trans>
          </button>
        )}
      </div>
    </section>
  )
}
