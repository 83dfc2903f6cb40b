import type { TestProject } from 'vitest/node'
import { startThrowawayPostgres } from './postgres-cluster.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL superuser URL for the tests of this run; each test makes its own schema. */
    postgresUrl: string
  }
}

/**
 * Vitest global setup for the node tests: one throwaway PostgreSQL for the whole run, removed
 * when the run ends. HARBOUR_TEST_DATABASE_URL points the tests at a server you run yourself.
 */
export default async function setup(project: TestProject) {
  const given = process.env.HARBOUR_TEST_DATABASE_URL
  if (given) {
    project.provide('postgresUrl', given)
    return
  }
  // An interrupted run still removes the cluster: the helper stops it when the process exits.
  const cluster = await startThrowawayPostgres()
  project.provide('postgresUrl', cluster.url)
  return () => cluster.stop()
}
