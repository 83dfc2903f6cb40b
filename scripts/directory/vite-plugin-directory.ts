import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'vite'
import { checkBundle } from '../../src/features/directory/data/bundle-schema.ts'
import type { DirectoryBundle } from '../../src/features/directory/service-model.ts'
import { areaId } from '../vite-plugin-area.ts'

const VIRTUAL_ID = 'virtual:harbour-directory'
const RESOLVED_ID = '\0' + VIRTUAL_ID

/** Reads and checks areas/<id>/directory.json; a broken file fails the build, naming the problem. */
export function loadDirectoryBundle(root: string, id = areaId()): DirectoryBundle {
  const file = path.join('areas', id, 'directory.json')
  let data: unknown
  try {
    data = JSON.parse(readFileSync(path.join(root, file), 'utf8'))
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'is missing' : 'is not JSON'
    throw new Error(
      `${file} ${reason}: run \`npm run directory:import -- <file-or-url> --area ${id}\` to make it`,
    )
  }
  const checked = checkBundle(data)
  if (!checked.ok) {
    throw new Error(
      `${file} is not a valid directory bundle:\n  - ${checked.problems.join('\n  - ')}`,
    )
  }
  if (checked.bundle.area !== id) {
    throw new Error(`${file} was made for area "${checked.bundle.area}", not "${id}"`)
  }
  return checked.bundle
}

/**
 * Serves the area's directory to the app as `virtual:harbour-directory`. Only the directory's
 * pages import it, so it is its own chunk, precached with the rest of the app.
 */
export function directoryPlugin(root: string): Plugin {
  return {
    name: 'harbour-directory',
    buildStart() {
      this.addWatchFile(path.join(root, 'areas', areaId(), 'directory.json'))
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined
      // JSON.parse of a string is parsed faster by browsers than the same object as JavaScript.
      const text = JSON.stringify(JSON.stringify(loadDirectoryBundle(root)))
      return `export default JSON.parse(${text})`
    },
  }
}
