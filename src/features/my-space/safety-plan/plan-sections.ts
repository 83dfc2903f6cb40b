import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import type { SafetyPlanSection } from '../../../db/safety-plan.ts'

export interface PlanSectionInfo {
  id: SafetyPlanSection
  heading: MessageDescriptor
  hint: MessageDescriptor
  /** The label of the box for a new item. */
  addLabel: MessageDescriptor
  /** People and services can have a phone number as well as a name. */
  withPhone?: boolean
  emptyText: MessageDescriptor
}

/** The parts of the plan, in the order a person might use them when things get hard. */
export const planSections: readonly PlanSectionInfo[] = [
  {
    id: 'warningSigns',
    heading: msg`Signs that things are getting hard`,
    hint: msg`Thoughts, feelings or things you do that tell you a hard time might be starting. For example: “I stop replying to messages.”`,
    addLabel: msg`Add a sign`,
    emptyText: msg`Nothing here yet.`,
  },
  {
    id: 'coping',
    heading: msg`Things that help me cope`,
    hint: msg`Things you can do on your own to feel a bit calmer. For example: “Listen to my calm playlist.”`,
    addLabel: msg`Add something that helps`,
    emptyText: msg`Nothing here yet.`,
  },
  {
    id: 'distractions',
    heading: msg`People and places that take my mind off things`,
    hint: msg`Who you could be with, or where you could go, to think about something else for a while. For example: “The park near home.”`,
    addLabel: msg`Add a person or place`,
    emptyText: msg`Nothing here yet.`,
  },
  {
    id: 'people',
    heading: msg`People I can ask for help`,
    hint: msg`People you trust and could talk to about how you feel. You can add their phone number too.`,
    addLabel: msg`Name`,
    withPhone: true,
    emptyText: msg`No one here yet.`,
  },
  {
    id: 'professionals',
    heading: msg`Professionals and services`,
    hint: msg`People whose job it is to help, like your GP, a school counsellor or a helpline. You can type your own or pick from the lists below.`,
    addLabel: msg`Name of the person or service`,
    withPhone: true,
    emptyText: msg`No one here yet.`,
  },
  {
    id: 'saferSpace',
    heading: msg`Making my space safer`,
    hint: msg`Things you can do, or ask someone to help with, so that where you are feels safer when things are hard. For example: “Ask someone I trust to stay with me.”`,
    addLabel: msg`Add something to do`,
    emptyText: msg`Nothing here yet.`,
  },
  {
    id: 'reasons',
    heading: msg`Things worth living for`,
    hint: msg`People, pets, hopes and things you love, big or small. For example: “My little brother” or “Seeing the sea again.”`,
    addLabel: msg`Add something that matters to you`,
    emptyText: msg`Nothing here yet.`,
  },
]

export function sectionInfo(id: SafetyPlanSection): PlanSectionInfo {
  const info = planSections.find((section) => section.id === id)
  if (!info) throw new Error(`Unknown safety plan section: ${id}`)
  return info
}
