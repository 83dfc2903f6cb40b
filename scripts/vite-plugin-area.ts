import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'vite'
import { parseAreaPack, type AreaPack } from '../src/lib/area-pack.ts'

const VIRTUAL_ID = 'virtual:harbour-area'
const RESOLVED_ID = '\0' + VIRTUAL_ID

export function areaId(): string {
  return process.env.HARBOUR_AREA?.trim() || 'demo'
}

/** Reads and validates areas/<id>/area.json; throws with the file and field named. */
export function loadAreaPack(root: string, id = areaId()): AreaPack {
  const file = path.join(root, 'areas', id, 'area.json')
  let raw: string
  try {
    raw = readFileSync(file, 'utf8')
  } catch {
    throw new Error(`Area pack "${id}" not found: expected ${path.relative(root, file)}`)
  }
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch (error) {
    throw new Error(`${path.relative(root, file)} is not valid JSON: ${(error as Error).message}`)
  }
  return parseAreaPack(data, path.relative(root, file))
}

/** Serves the chosen area pack to the app as `virtual:harbour-area`. */
export function areaPackPlugin(root: string): Plugin {
  let pack: AreaPack | undefined
  return {
    name: 'harbour-area-pack',
    buildStart() {
      pack = loadAreaPack(root)
      this.addWatchFile(path.join(root, 'areas', pack.id, 'area.json'))
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined
      pack ??= loadAreaPack(root)
      return `export default ${JSON.stringify(pack)}`
    },
  }
}
