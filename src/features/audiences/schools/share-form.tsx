import { useId } from 'react'
import { TOPICS, isTopic } from '../../../lib/topics.ts'
import type { ModeFilter } from '../../directory/search/search-model.ts'
import { MODE_LABELS } from '../../directory/service/mode-labels.ts'
import { tools, type ToolSlug } from '../../self-help/tools/tool-registry.ts'
import { ChoiceGroup } from '../../../ui/choice-group.tsx'
import {
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
  const id = useId()
  return (
    <div className="share-form">
      <ChoiceGroup
        legend="What would you like to share?"
        options={KIND_OPTIONS}
        value={choice.kind}
        onChange={(kind) => onChange({ kind })}
      />

      {choice.kind === 'article' && (
        <div className="field">
          <label htmlFor={`${id}-article`}>Article</label>
          <select
            id={`${id}-article`}
            value={choice.article}
            onChange={(event) => onChange({ article: event.target.value })}
          >
            {articleGroups().map((group) => (
              <optgroup key={group.audience} label={`For ${group.label.toLowerCase()}`}>
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
          <label htmlFor={`${id}-tool`}>Tool</label>
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
                {tool.title}
              </option>
            ))}
          </select>
        </div>
      )}

      {choice.kind === 'topic' && (
        <div className="field">
          <label htmlFor={`${id}-topic`}>Topic</label>
          <span id={`${id}-topic-hint`} className="hint">
            Opens the self-help articles on this topic.
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
                {TOPICS[topic]}
              </option>
            ))}
          </select>
        </div>
      )}

      {choice.kind === 'search' && (
        <fieldset className="share-form__search">
          <legend>Which services?</legend>
          <div className="field">
            <label htmlFor={`${id}-search-topic`}>What it is about</label>
            <select
              id={`${id}-search-topic`}
              value={choice.searchTopic}
              onChange={(event) => {
                const value = event.target.value
                onChange({ searchTopic: isTopic(value) ? value : '' })
              }}
            >
              <option value="">Any topic</option>
              {serviceTopics.map((topic) => (
                <option key={topic} value={topic}>
                  {TOPICS[topic]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-search-mode`}>Way of getting help</label>
            <select
              id={`${id}-search-mode`}
              value={choice.searchMode}
              onChange={(event) => {
                const value = event.target.value
                onChange({ searchMode: isMode(value) ? value : '' })
              }}
            >
              <option value="">Any way</option>
              {modeOptions.map((mode) => (
                <option key={mode} value={mode}>
                  {MODE_LABELS[mode]}
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
            <span>Show services for parents and carers first (for a message to families)</span>
          </label>
        </fieldset>
      )}
    </div>
  )
}
