/**
 * The build's type check. `next build` would check the types on every build; they depend only on
 * the code (Contentlayer's generated types come from contentlayer.config.ts, not from the
 * stories), so a build that publishes new or corrected stories with unchanged code need not check
 * them again. The verdict is kept in .cache/ under a hash of the code; `npm run typecheck` (what
 * `npm test` runs) always checks.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { codeHash } from '../build-id'
import { bin, run } from '../run'

const VERDICT_FILE = path.join('.cache', 'type-check-passed')

export type TypeCheck = { ok: true; skipped: boolean } | { ok: false }

/** Runs `tsc --noEmit` unless this exact code passed it before. */
export async function checkTypes(root: string): Promise<TypeCheck> {
  const code = codeHash(root)
  const verdict = path.join(root, VERDICT_FILE)
  if (existsSync(verdict) && readFileSync(verdict, 'utf8').trim() === code)
    return { ok: true, skipped: true }
  const result = await run(bin('tsc'), ['--noEmit', '--pretty', 'false'], { cwd: root })
  if (result.code !== 0) return { ok: false }
  mkdirSync(path.dirname(verdict), { recursive: true })
  writeFileSync(verdict, `${code}\n`)
  return { ok: true, skipped: false }
}
