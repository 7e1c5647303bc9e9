/**
 * The Worker's one way to the export's files: its static-assets binding, and the isolate's one
 * store of records read through it. The Worker's own handler (edge/worker.ts) and the Next routes
 * OpenNext bundles beside it each carry a copy of these modules, so the store is kept on
 * globalThis: a shard fetched and parsed for the handler's check is the one the route reads.
 */
import { createArchiveStore } from './records'

type AssetsBinding = { fetch: (request: Request | string) => Promise<Response> }

export type AssetReader = (path: string) => Promise<Response>

/** Reads a file of the export by path. The binding's host name is never looked up. */
export function assetReader(env: unknown): AssetReader {
  const assets = (env as { ASSETS?: AssetsBinding } | undefined)?.ASSETS
  if (!assets) throw new Error('the Worker has no ASSETS binding (wrangler.archive.jsonc)')
  return (path) => assets.fetch(`https://assets.local${path}`)
}

export type ArchiveStore = ReturnType<typeof createArchiveStore>

const ISOLATE_STORE = Symbol.for('newsroom.archive-store')

/** The isolate's store of records, made on first use with `readAsset`. */
export function isolateArchiveStore(readAsset: AssetReader): ArchiveStore {
  const isolate = globalThis as { [ISOLATE_STORE]?: ArchiveStore }
  isolate[ISOLATE_STORE] ??= createArchiveStore(readAsset)
  return isolate[ISOLATE_STORE]
}
