import type { DocumentEntry } from '../../src/features/info/documents/document-meta.ts'

/**
 * The documents in docs/ that the app publishes under /about/documents, in the order each group
 * lists them. The decision records (docs/adr/) are for people changing the code, so they stay in
 * the repository only.
 */
export const DOCUMENT_CATALOGUE: readonly DocumentEntry[] = [
  {
    slug: 'privacy-notice-young-people',
    file: 'docs/privacy/privacy-notice-young-people.md',
    group: 'privacy',
    audience: 'For young people who use Harbour.',
    summary: 'What Harbour keeps, where it keeps it, and what it never does, in plain words.',
  },
  {
    slug: 'privacy-notice-parents',
    file: 'docs/privacy/privacy-notice-parents.md',
    group: 'privacy',
    audience: 'For parents and carers.',
    summary: 'What happens to information when your child uses Harbour, and when you use it.',
  },
  {
    slug: 'privacy-notice-schools',
    file: 'docs/privacy/privacy-notice-schools.md',
    group: 'privacy',
    audience: 'For school and college staff.',
    summary:
      'What pupils’ data Harbour keeps, and what it means for school devices and safeguarding.',
  },
  {
    slug: 'dpia',
    file: 'docs/privacy/dpia.md',
    group: 'privacy',
    audience: 'For the team that runs Harbour in an area, and anyone who wants the full details.',
    summary:
      'The full privacy details: every kind of data, the risks, and how each one is kept low.',
  },
  {
    slug: 'childrens-code',
    file: 'docs/privacy/childrens-code.md',
    group: 'privacy',
    audience: 'For anyone who wants to check how Harbour treats children’s data.',
    summary: 'How Harbour meets each of the 15 standards of the Children’s Code.',
  },
  {
    slug: 'clinical-risk-management-plan',
    file: 'docs/clinical-safety/clinical-risk-management-plan.md',
    group: 'clinical-safety',
    audience: 'For the clinical safety team of an area that runs Harbour.',
    summary:
      'How risks to the people using Harbour are found, judged, reduced and kept under review.',
  },
  {
    slug: 'hazard-log',
    file: 'docs/clinical-safety/hazard-log.md',
    group: 'clinical-safety',
    audience: 'For the clinical safety team of an area that runs Harbour.',
    summary:
      'Each thing that could go wrong, what Harbour does about it, and the test that proves it.',
  },
  {
    slug: 'accessibility-statement',
    file: 'docs/accessibility-statement.md',
    group: 'accessibility',
    audience: 'For everyone, and especially people who use a screen reader or other help.',
    summary:
      'How well Harbour works for disabled people, what does not work yet, and how to tell us.',
  },
]
