import { useRef } from 'react'
import { Link } from 'react-router'
import { ChoiceGroup } from '../../../ui/choice-group.tsx'
import type { SupportChoice } from '../search/search-model.ts'

interface Props {
  choice: SupportChoice | undefined
  onChange: (choice: SupportChoice | undefined) => void
}

const ANY = 'any'

const TALK_OR_TYPE = [
  { value: 'talk', label: 'Talk' },
  { value: 'type', label: 'Type (text or chat)' },
  { value: ANY, label: 'No preference' },
] as const

const PLACE = [
  { value: 'remote', label: 'Online or by phone' },
  { value: 'in-person', label: 'In person' },
  { value: ANY, label: 'No preference' },
] as const

const WHEN = [
  { value: 'now', label: 'I need someone now' },
  { value: 'can-wait', label: 'It can wait a few days' },
  { value: ANY, label: 'No preference' },
] as const

const ANONYMOUS = [
  { value: 'yes', label: 'Yes, I would rather not give my name' },
  { value: ANY, label: 'No preference' },
] as const

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
  const clear = () => {
    onChange(undefined)
    // The button goes once nothing is answered; keep the person's place in the page.
    heading.current?.focus()
  }
  return (
    <section className="choice-flow" aria-labelledby="choice-flow-heading">
      <h2 id="choice-flow-heading" ref={heading} tabIndex={-1}>
        How would you like support?
      </h2>
      <p className="hint">
        Answer any of these, in any order, and we will put the services that fit you first. Skip any
        you are not sure about.
      </p>
      <div className="choice-flow__questions">
        <ChoiceGroup
          className="choice-flow__question"
          legend="Would you rather talk or type?"
          options={TALK_OR_TYPE}
          value={valueOrAny(choice.talkOrType)}
          onChange={(value) => set({ talkOrType: value === ANY ? undefined : value })}
        />
        <ChoiceGroup
          className="choice-flow__question"
          legend="Online or by phone, or in person?"
          options={PLACE}
          value={valueOrAny(choice.place)}
          onChange={(value) => set({ place: value === ANY ? undefined : value })}
        />
        <ChoiceGroup
          className="choice-flow__question"
          legend="Do you need someone now, or can it wait?"
          options={WHEN}
          value={valueOrAny(choice.when)}
          onChange={(value) => set({ when: value === ANY ? undefined : value })}
        />
        <ChoiceGroup
          className="choice-flow__question"
          legend="Do you want to stay anonymous?"
          hint="Anonymous means you do not have to give your name."
          options={ANONYMOUS}
          value={anonymousValue(choice.anonymous)}
          onChange={(value) => set({ anonymous: value === 'yes' ? true : undefined })}
        />
      </div>
      {choice.when === 'now' && (
        <p className="callout choice-flow__now">
          If you are not safe right now, or you might hurt yourself, do not wait:{' '}
          <Link to="/help">get help now</Link>.
        </p>
      )}
      <div className="button-row">
        <a className="button button--primary" href="#results-heading">
          See the results
        </a>
        {answered && (
          <button type="button" className="button" onClick={clear}>
            Clear my answers
          </button>
        )}
      </div>
    </section>
  )
}
