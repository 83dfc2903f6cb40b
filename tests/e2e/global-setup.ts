import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { startServer } from '../../scripts/local-server.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

/** One real server for the whole browser suite, serving the built app. */
export default async function setup(project: TestProject) {
  const server = await startServer(path.resolve(import.meta.dirname, '../..'))
  project.provide('baseUrl', server.url)
  return () => server.stop()
}
