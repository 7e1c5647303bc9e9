/**
 * Builds fixture newsrooms with the real build pipeline, each in its own workspace under
 * .test-builds/<name>/ (a copy of the code with the fixture's content/), so fixture builds never
 * touch the project's own .contentlayer/, .next/ or out/.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export const REPO = path.resolve(import.meta.dirname, '..', '..')
export const FIXTURES = path.join(REPO, 'tests', 'fixtures', 'sites')
const WORKSPACES = path.join(REPO, '.test-builds')

/** The moment fixture sites are built "at": breaking and scheduled stories are judged from it. */
export const FIXTURE_BUILD_TIME = '2026-11-27T12:00:00Z'

const CODE = ['app', 'components', 'lib', 'scripts', 'public', 'contentlayer.config.ts', 'next.config.ts', 'tsconfig.json', 'postcss.config.mjs', 'package.json']

export type Workspace = {
  dir: string
  out: string
  /** Writes (or overwrites) a file relative to the workspace, e.g. content/articles/x.md */
  write: (relative: string, text: string) => void
  remove: (relative: string) => void
  read: (relative: string) => string
}

/** A fresh copy of the code with the named fixture's content (and public/ files, if any). */
export function createWorkspace(fixture: string, name = fixture): Workspace {
  const dir = path.join(WORKSPACES, name)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  for (const entry of CODE) cpSync(path.join(REPO, entry), path.join(dir, entry), { recursive: true })
  rmSync(path.join(dir, 'public', 'media'), { recursive: true, force: true })
  cpSync(path.join(FIXTURES, fixture, 'content'), path.join(dir, 'content'), { recursive: true })
  const fixturePublic = path.join(FIXTURES, fixture, 'public')
  if (existsSync(fixturePublic)) cpSync(fixturePublic, path.join(dir, 'public'), { recursive: true })
  symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  return {
    dir,
    out: path.join(dir, 'out'),
    write: (relative, text) => {
      mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true })
      writeFileSync(path.join(dir, relative), text)
    },
    remove: (relative) => rmSync(path.join(dir, relative), { recursive: true, force: true }),
    read: (relative) => readFileSync(path.join(dir, relative), 'utf8'),
  }
}

export type BuildResult = { status: number; output: string }

/** Runs `npm run build` in the workspace, as an editor would. */
export function build(workspace: Workspace, env: Record<string, string> = {}): BuildResult {
  const result = spawnSync(process.execPath, [path.join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build.ts'], {
    cwd: workspace.dir,
    encoding: 'utf8',
    env: { ...process.env, NEWSROOM_BUILD_TIME: FIXTURE_BUILD_TIME, NEXT_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  })
  return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` }
}

/** Twenty-two short economy stories, so the economy front runs to a second page. */
export function addBulkArticles(workspace: Workspace, count = 22) {
  for (let index = 1; index <= count; index += 1) {
    const day = String(index).padStart(2, '0')
    workspace.write(
      `content/articles/bulk/economy-brief-${day}.md`,
      `---\ntitle: Economy brief number ${index}\nsummary: Short economy story ${index}.\ndate: 2026-10-${day}T08:00:00+03:00\nsection: economy\n---\nBrief ${index}.\n`,
    )
  }
}

/**
 * The shared newsroom fixture, built once per test run: content tests and the end-to-end tests
 * both use .test-builds/newsroom/out. REUSE_FIXTURE_BUILD=1 skips the build when it exists.
 */
export function buildNewsroom(): Workspace & BuildResult {
  const dir = path.join(WORKSPACES, 'newsroom')
  if (process.env.REUSE_FIXTURE_BUILD === '1' && existsSync(path.join(dir, 'out', 'index.html'))) {
    return { ...workspaceAt(dir), status: 0, output: 'reused' }
  }
  const workspace = createWorkspace('newsroom')
  addBulkArticles(workspace)
  const result = build(workspace)
  if (result.status !== 0) throw new Error(`The newsroom fixture did not build:\n${result.output}`)
  return { ...workspace, ...result }
}

function workspaceAt(dir: string): Workspace {
  return {
    dir,
    out: path.join(dir, 'out'),
    write: (relative, text) => writeFileSync(path.join(dir, relative), text),
    remove: (relative) => rmSync(path.join(dir, relative), { recursive: true, force: true }),
    read: (relative) => readFileSync(path.join(dir, relative), 'utf8'),
  }
}
