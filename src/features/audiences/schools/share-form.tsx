import { Trans, useLingui } from '@lingui/react/macro'
import { useId } from 'react'
import { topicName } from '../../../lib/topic-names.ts'
import { isTopic } from '../../../lib/topics.ts'
import type { ModeFilter } from '../../directory/search/search-model.ts'
import { MODE_NAMES } from '../../directory/service/mode-labels.ts'
import { tools, type ToolSlug } from '../../self-help/tools/tool-registry.ts'
import { ChoiceGroup } from '../../../ui/choice-group.tsx'
import {
  ARTICLE_GROUP_LABELS,
  articleGroups,
  articleTopics,
  KIND_OPTIONS,
  modeOptions,
  serviceTopics,
  type ShareChoice,
} from './share-choices.ts'

interface Props {
  choice: ShareChoice
  onChange: (change: Partial<ShareChoice>) => void
}

function isMode(value: string): value is ModeFilter {
  return (modeOptions as readonly string[]).includes(value)
}

function isToolSlug(value: string): value is ToolSlug {
  return tools.some((tool) => tool.slug === value)
}

/** What to share: a kind, then the one thing of that kind. */
export function ShareForm({ choice, onChange }: Props) {
  const { i18n, t } = useLingui()
  const id = useId()
  const kindOptions = KIND_OPTIONS.map(({ value, label }) => ({ value, label: i18n._(label) }))
  return (
    <div className="share-form">
      <ChoiceGroup
        legend={t`What would you like to share?`}
        options={kindOptions}
        value={choice.kind}
        onChange={(kind) => onChange({ kind })}
      />

      {choice.kind === 'article' && (
        <div className="field">
          <label htmlFor={`${id}-article`}>
            <Trans>Article</Trans>
          </label>
          <select
            id={`${id}-article`}
            value={choice.article}
            onChange={(event) => onChange({ article: event.target.value })}
          >
            {articleGroups().map((group) => (
              <optgroup key={group.audience} label={i18n._(ARTICLE_GROUP_LABELS[group.audience])}>
                {group.articles.map((article) => (
                  <option key={article.slug} value={article.slug}>
                    {article.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
      )}

      {choice.kind === 'tool' && (
        <div className="field">
          <label htmlFor={`${id}-tool`}>
            <Trans>Tool</Trans>
          </label>
          <select
            id={`${id}-tool`}
            value={choice.tool}
            onChange={(event) => {
              const value = event.target.value
              if (isToolSlug(value)) onChange({ tool: value })
            }}
          >
            {tools.map((tool) => (
              <option key={tool.slug} value={tool.slug}>
                {i18n._(tool.title)}
              </option>
            ))}
          </select>
        </div>
      )}

      {choice.kind === 'topic' && (
        <div className="field">
          <label htmlFor={`${id}-topic`}>
            <Trans>Topic</Trans>
          </label>
          <span id={`${id}-topic-hint`} className="hint">
            <Trans>Opens the self-help articles on this topic.</Trans>
          </span>
          <select
            id={`${id}-topic`}
            aria-describedby={`${id}-topic-hint`}
            value={choice.topic}
            onChange={(event) => {
              const value = event.target.value
              if (isTopic(value)) onChange({ topic: value })
            }}
          >
            {articleTopics.map((topic) => (
              <option key={topic} value={topic}>
                {topicName(topic, i18n)}
              </option>
            ))}
          </select>
        </div>
      )}

      {choice.kind === 'search' && (
        <fieldset className="share-form__search">
          <legend>
            <Trans>Which services?</Trans>
          </legend>
          <div className="field">
            <label htmlFor={`${id}-search-topic`}>
              <Trans>What it is about</Trans>
            </label>
            <select
              id={`${id}-search-topic`}
              value={choice.searchTopic}
              onChange={(event) => {
                const value = event.target.value
                onChange({ searchTopic: isTopic(value) ? value : '' })
              }}
            >
              <option value="">{t`Any topic`}</option>
              {serviceTopics.map((topic) => (
                <option key={topic} value={topic}>
                  {topicName(topic, i18n)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-search-mode`}>
              <Trans>Way of getting help</Trans>
            </label>
            <select
              id={`${id}-search-mode`}
              value={choice.searchMode}
              onChange={(event) => {
                const value = event.target.value
                onChange({ searchMode: isMode(value) ? value : '' })
              }}
            >
              <option value="">{t`Any way`}</option>
              {modeOptions.map((mode) => (
                <option key={mode} value={mode}>
                  {i18n._(MODE_NAMES[mode])}
                </option>
              ))}
            </select>
          </div>
          <label className="choice">
            <input
              type="checkbox"
              checked={choice.searchForParents}
              onChange={(event) => onChange({ searchForParents: event.target.checked })}
            />
            <span>{t`Show services for parents and carers first (for a message to families)`}</span>
          </label>
        </fieldset>
      )}
    </div>
  )
}
