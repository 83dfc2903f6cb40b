import type { SafetyPlanSection } from '../../../db/safety-plan.ts'

export interface PlanSectionInfo {
  id: SafetyPlanSection
  heading: string
  hint: string
  /** The label of the box for a new item. */
  addLabel: string
  /** People and services can have a phone number as well as a name. */
  withPhone?: boolean
  emptyText: string
}

/** The parts of the plan, in the order a person might use them when things get hard. */
export const planSections: readonly PlanSectionInfo[] = [
  {
    id: 'warningSigns',
    heading: 'Signs that things are getting hard',
    hint: 'Thoughts, feelings or things you do that tell you a hard time might be starting. For example: “I stop replying to messages.”',
    addLabel: 'Add a sign',
    emptyText: 'Nothing here yet.',
  },
  {
    id: 'coping',
    heading: 'Things that help me cope',
    hint: 'Things you can do on your own to feel a bit calmer. For example: “Listen to my calm playlist.”',
    addLabel: 'Add something that helps',
    emptyText: 'Nothing here yet.',
  },
  {
    id: 'distractions',
    heading: 'People and places that take my mind off things',
    hint: 'Who you could be with, or where you could go, to think about something else for a while. For example: “The park near home.”',
    addLabel: 'Add a person or place',
    emptyText: 'Nothing here yet.',
  },
  {
    id: 'people',
    heading: 'People I can ask for help',
    hint: 'People you trust and could talk to about how you feel. You can add their phone number too.',
    addLabel: 'Name',
    withPhone: true,
    emptyText: 'No one here yet.',
  },
  {
    id: 'professionals',
    heading: 'Professionals and services',
    hint: 'People whose job it is to help, like your GP, a school counsellor or a helpline. You can type your own or pick from the lists below.',
    addLabel: 'Name of the person or service',
    withPhone: true,
    emptyText: 'No one here yet.',
  },
  {
    id: 'saferSpace',
    heading: 'Making my space safer',
    hint: 'Things you can do, or ask someone to help with, so that where you are feels safer when things are hard. For example: “Ask someone I trust to stay with me.”',
    addLabel: 'Add something to do',
    emptyText: 'Nothing here yet.',
  },
  {
    id: 'reasons',
    heading: 'Things worth living for',
    hint: 'People, pets, hopes and things you love, big or small. For example: “My little brother” or “Seeing the sea again.”',
    addLabel: 'Add something that matters to you',
    emptyText: 'Nothing here yet.',
  },
]

export function sectionInfo(id: SafetyPlanSection): PlanSectionInfo {
  const info = planSections.find((section) => section.id === id)
  if (!info) throw new Error(`Unknown safety plan section: ${id}`)
  return info
}
