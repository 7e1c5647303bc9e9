/**
 * Fixture newsrooms for the content and end-to-end tests, built with the real pipeline in their
 * own workspaces (tests/support/workspace.ts).
 */
import { sync as spawnSync } from 'cross-spawn'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { hashInputs } from '../../build/build-id'
import { CODE_INPUTS } from '../../build/code-inputs'
import {
  buildWorkspace,
  createWorkspace as createCodeWorkspace,
  REPO,
  setArchiveMode,
  workspaceAt,
  type BuildResult,
  type Workspace,
} from './workspace'

export type { Workspace }
export const FIXTURES = path.join(REPO, 'tests', 'fixtures', 'sites')

/** The newsroom fixture's build output, relative to its workspace. */
export const BUILD_LOG = 'build.log'

/** The moment fixture sites are built "at": breaking and scheduled stories are judged from it. */
export const FIXTURE_BUILD_TIME = '2026-11-27T12:00:00Z'

/** A fresh copy of the code with the named fixture's content (and public/ files, if any). */
export function createWorkspace(fixture: string, name = fixture): Workspace {
  return createCodeWorkspace(
    name,
    path.join(FIXTURES, fixture, 'content'),
    path.join(FIXTURES, fixture, 'public'),
  )
}

/** Runs `npm run build` in the workspace as of the fixture build time. */
export function build(workspace: Workspace, env: Record<string, string> = {}): BuildResult {
  return buildWorkspace(workspace, { NEWSROOM_BUILD_TIME: FIXTURE_BUILD_TIME, ...env })
}

/**
 * Twenty-two short economy stories of October and twenty older notes of September, so the
 * economy listing has a numbered page: /page/1/ holds the twenty oldest, the notes
 * (lib/newsroom/pagination.ts), and the front the newer twenty-four.
 */
export function addBulkArticles(workspace: Workspace) {
  for (let index = 1; index <= 22; index += 1) {
    const day = String(index).padStart(2, '0')
    workspace.write(
      `content/articles/bulk/economy-brief-${day}.md`,
      `---\ntitle: Economy brief number ${index}\nsummary: Short economy story ${index}.\ndate: 2026-10-${day}T08:00:00+03:00\nsection: economy\n---\nBrief ${index}.\n`,
    )
  }
  for (let index = 1; index <= 20; index += 1) {
    const day = String(index).padStart(2, '0')
    workspace.write(
      `content/articles/bulk/economy-note-${day}.md`,
      `---\ntitle: Economy archive note ${index}\nsummary: An older economy note ${index}.\ndate: 2026-09-${day}T08:00:00+03:00\nsection: economy\n---\nNote ${index}.\n`,
    )
  }
}

/**
 * The shared newsroom fixture, built once per test run: content tests and the end-to-end tests
 * both use .test-builds/newsroom/out. REUSE_FIXTURE_BUILD=1 (or `reuse`) skips the build when it exists.
 */
export function buildNewsroom({ reuse = process.env.REUSE_FIXTURE_BUILD === '1' } = {}): Workspace {
  const dir = path.join(REPO, '.test-builds', 'newsroom')
  if (reuse && existsSync(path.join(dir, 'out', 'index.html'))) return workspaceAt(dir)
  const workspace = createWorkspace('newsroom')
  addBulkArticles(workspace)
  const result = build(workspace)
  if (result.status !== 0) throw new Error(`The newsroom fixture did not build:\n${result.output}`)
  // Kept for the build-log check, which may run on a reused build.
  workspace.write(BUILD_LOG, result.output)
  return workspace
}

/** Stories of the last week are in the edge fixture's export; older ones are the Worker's. */
export const EDGE_FIXTURE_DAYS = 7

/**
 * Addresses of a replaced WordPress site in the edge fixture (content/old-addresses.txt): the
 * Worker answers them, past any limit of `_redirects`. An archive story, an exported one, an
 * Arabic archive story and a page, by path and by WordPress's `?p=`.
 */
export const EDGE_OLD_ADDRESSES = [
  '/2026/10/03/economy-brief-three/ /en/economy/economy-brief-03/',
  '/?p=3 /en/economy/economy-brief-03/',
  '/breaking/fresh/ /en/politics/breaking-fresh/',
  '/ar/مقال-الرأي/ /ar/opinion/opinion-ar/',
  '/?page_id=2 /en/pages/about/',
  '',
].join('\n')

/**
 * The same newsroom in edge mode (`archive: edge`), built once per run into
 * .test-builds/newsroom-edge: the export holds the last week, the Worker renders the rest.
 */
export function buildEdgeNewsroom({
  reuse = process.env.REUSE_FIXTURE_BUILD === '1',
} = {}): Workspace {
  const dir = path.join(REPO, '.test-builds', 'newsroom-edge')
  // Only `npm run test:e2e` builds this one: reused only when built from the same code and fixture.
  const code = hashInputs(
    REPO,
    [...CODE_INPUTS, 'tests/fixtures/sites/newsroom', 'tests/support/fixture-site.ts'],
    'edge fixture',
  )
  const built = path.join(dir, '.fixture-code')
  if (reuse && existsSync(built) && readFileSync(built, 'utf8') === code) return workspaceAt(dir)
  const workspace = createWorkspace('newsroom', 'newsroom-edge')
  addBulkArticles(workspace)
  setArchiveMode(workspace, `\n  mode: edge\n  prerenderDays: ${EDGE_FIXTURE_DAYS}`)
  workspace.write('content/old-addresses.txt', EDGE_OLD_ADDRESSES)
  const result = build(workspace)
  if (result.status !== 0)
    throw new Error(`The edge newsroom fixture did not build:\n${result.output}`)
  workspace.write(BUILD_LOG, result.output)
  workspace.write('.fixture-code', code)
  return workspace
}

/** One hash of a folder's names and bytes, to prove a failed build left out/ exactly as it was. */
export function hashTree(dir: string): string {
  const hash = createHash('sha256')
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    hash.update(file)
    try {
      hash.update(readFileSync(path.join(dir, file)))
    } catch {
      // a folder
    }
  }
  return hash.digest('hex')
}

/** Each file's sha256 under `dir`, by its path: to compare two builds file by file. */
export function fileHashes(dir: string): Map<string, string> {
  const hashes = new Map<string, string>()
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(dir, file)
    if (statSync(full).isFile())
      hashes.set(file, createHash('sha256').update(readFileSync(full)).digest('hex'))
  }
  return hashes
}

/** The files that differ between two `fileHashes` (or exist in one only). */
export function differingFiles(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file))
}

/** Runs one of the project's scripts in the workspace, as `npm run …` would, with no one at the keyboard. */
export function runScript(
  workspace: Workspace,
  script: string,
  args: readonly string[] = [],
  env: Record<string, string> = {},
): { status: number; output: string } {
  const result = spawnSync(
    process.execPath,
    [path.join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs'), script, ...args],
    { cwd: workspace.dir, encoding: 'utf8', input: '', env: { ...process.env, ...env } },
  )
  return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` }
}
