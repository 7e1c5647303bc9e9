/**
 * Edge mode, the Worker's half of `npm run build` (build/build.ts calls it once the export is
 * staged): Next builds the `page.edge.tsx` routes (NEWSROOM_TARGET=worker, next.config.ts),
 * OpenNext for Cloudflare turns that build into .open-next/worker.js, and the Worker's own
 * scripts and styles are copied into the export, which is the Worker's static assets
 * (wrangler.archive.jsonc). Nothing of the content is in the Worker's code: it reads the records
 * the build wrote into the export (build/stages/archive-records.ts).
 */
import { cpSync, existsSync, rmSync } from 'node:fs'
import path from 'node:path'
import { bin, run } from '../run'

export const WORKER_CONFIG = 'wrangler.archive.jsonc'
const OPEN_NEXT_DIR = '.open-next'

type WorkerBuild = { ok: true } | { ok: false; reason: string }

export async function buildWorker(
  root: string,
  staging: string,
  env: NodeJS.ProcessEnv,
): Promise<WorkerBuild> {
  rmSync(path.join(root, OPEN_NEXT_DIR), { recursive: true, force: true })
  const workerEnv = { ...env, NEWSROOM_TARGET: 'worker', NEXT_TELEMETRY_DISABLED: '1' }
  // Next's own build of the edge routes, into .next/ (the export was staged elsewhere).
  const next = await run(bin('next', root), ['build'], { cwd: root, env: workerEnv })
  if (next.code !== 0) return { ok: false, reason: 'next build of the Worker failed (see above)' }
  const openNext = await run(
    bin('opennextjs-cloudflare', root),
    ['build', '--skipNextBuild', '--config', WORKER_CONFIG],
    { cwd: root, env: workerEnv },
  )
  if (openNext.code !== 0)
    return { ok: false, reason: 'OpenNext could not build the Worker (see above)' }
  // The Worker's pages load their stylesheet (and Next's chunks) from /_next/static/, named by
  // hash: copied beside the export's own.
  const assets = path.join(root, OPEN_NEXT_DIR, 'assets', '_next')
  if (existsSync(assets))
    cpSync(assets, path.join(staging, '_next'), { recursive: true, force: false })
  return { ok: true }
}
