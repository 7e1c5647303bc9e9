/**
 * The build's type check. `next build` would check the types on every build; they depend only on
 * the code (Contentlayer's generated types come from contentlayer.config.ts, not from the
 * stories), so a build that publishes new or corrected stories with unchanged code need not check
 * them again. The verdict is kept in .cache/ under a hash of the code; `npm run typecheck` (what
 * `npm test` runs) always checks.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { SCHEMA_ONLY_DIR } from '../../contentlayer.config'
import { codeHash } from '../build-id'
import { bin, run } from '../run'

const SCHEMA_TYPES_FILE = path.join('.cache', 'schema-types')
const GENERATED = path.join('.contentlayer', 'generated')
const DOCUMENT_TYPES = ['Article', 'LivePage', 'LiveUpdate', 'Section', 'Author', 'Page']

/** Contentlayer's output holds the schema's types and no document (an empty list per type). */
function holdsOnlyTypes(root: string): boolean {
  if (!existsSync(path.join(root, GENERATED, 'index.d.ts'))) return false
  return DOCUMENT_TYPES.every((type) => {
    const index = path.join(root, GENERATED, type, '_index.json')
    return !existsSync(index) || statSync(index).size <= 2
  })
}

/**
 * The types of contentlayer.config.ts's documents, which the code imports
 * (`contentlayer/generated`), written by Contentlayer over an empty folder: the build reads the
 * content itself (build/content/documents-from-files.ts), and the module Next bundles then holds
 * no documents. Skipped when this code's types are there and nothing else is (`npm run dev` fills
 * the module with content again).
 */
export async function writeSchemaTypes(root: string): Promise<boolean> {
  const code = codeHash(root)
  const stamp = path.join(root, SCHEMA_TYPES_FILE)
  if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === code && holdsOnlyTypes(root))
    return true
  mkdirSync(path.join(root, SCHEMA_ONLY_DIR), { recursive: true })
  // Contentlayer finds the project through $PWD rather than the working directory.
  const contentlayer = await run(bin('contentlayer2', root), ['build'], {
    cwd: root,
    env: { ...process.env, PWD: root, NEWSROOM_CONTENTLAYER_SCHEMA_ONLY: '1' },
    quiet: true,
  })
  if (contentlayer.code !== 0 || !holdsOnlyTypes(root)) {
    console.error(contentlayer.output)
    return false
  }
  mkdirSync(path.dirname(stamp), { recursive: true })
  writeFileSync(stamp, `${code}\n`)
  return true
}

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
