import * as v from 'valibot'
import { CrisisContactSchema } from './contact-schema.ts'

/**
 * An area pack configures one area's Harbour. It is validated at build time so that a mistake
 * fails the build with the file and the field named, never reaching a person.
 */
export const AreaPackSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and dashes')),
  name: v.pipe(v.string(), v.minLength(2)),
  appName: v.pipe(v.string(), v.minLength(2), v.maxLength(30)),
  quickExitUrl: v.pipe(v.string(), v.url(), v.startsWith('https://', 'must start with https://')),
  crisisLines: v.array(CrisisContactSchema),
  /** Where the directory comes from besides the bundle built in (areas/<id>/directory.json). */
  directory: v.optional(
    v.strictObject({
      /** An Open Referral UK API's /services URL, polled by Harbour's server, never by phones. */
      feedUrl: v.optional(
        v.pipe(v.string(), v.url(), v.startsWith('https://', 'must start with https://')),
      ),
    }),
  ),
})

export type AreaPack = v.InferOutput<typeof AreaPackSchema>

export class AreaPackError extends Error {}

/** Parses an area pack, naming the file and every bad field in the error. */
export function parseAreaPack(data: unknown, fileName: string): AreaPack {
  const result = v.safeParse(AreaPackSchema, data)
  if (result.success) return result.output
  const problems = result.issues.map((issue) => {
    const path = v.getDotPath(issue) ?? '(top level)'
    return `  - ${path}: ${issue.message}`
  })
  throw new AreaPackError(`${fileName} is not a valid area pack:\n${problems.join('\n')}`)
}
