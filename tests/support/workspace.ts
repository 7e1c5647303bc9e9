/**
 * A throwaway copy of the project with other content, for fixture builds and benchmarks:
 * .test-builds/<name>/ holds the code, the given content/ and a link to node_modules, so its
 * builds never touch the project's own .contentlayer/, .next/ or out/.
 */
import { sync as spawnSync } from 'cross-spawn'
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { CODE_INPUTS } from '../../build/code-inputs'

export const REPO = path.resolve(import.meta.dirname, '..', '..')
const WORKSPACES = path.join(REPO, '.test-builds')

export type Workspace = {
  dir: string
  out: string
  /** Writes (or overwrites) a file relative to the workspace, e.g. content/articles/x.md */
  write: (relative: string, text: string) => void
  remove: (relative: string) => void
  read: (relative: string) => string
}

export function workspaceAt(dir: string): Workspace {
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

/** A fresh workspace named `name` with `contentDir` as its content/ (and `publicDir` laid over public/). */
export function createWorkspace(name: string, contentDir: string, publicDir?: string): Workspace {
  const dir = path.join(WORKSPACES, name)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  for (const entry of CODE_INPUTS) {
    // node_modules is linked from the repository; a second lockfile would make Next guess
    // which folder is the workspace root, and warn.
    if (entry === 'package-lock.json') continue
    if (existsSync(path.join(REPO, entry)))
      cpSync(path.join(REPO, entry), path.join(dir, entry), { recursive: true })
  }
  rmSync(path.join(dir, 'public', 'media'), { recursive: true, force: true })
  cpSync(contentDir, path.join(dir, 'content'), { recursive: true })
  if (publicDir && existsSync(publicDir))
    cpSync(publicDir, path.join(dir, 'public'), { recursive: true })
  // A junction on Windows, where a directory symlink needs administrator rights (ignored elsewhere).
  symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'), 'junction')
  return workspaceAt(dir)
}

export type BuildResult = { status: number; output: string; seconds: number }

/** Runs the real build (build/build.ts) in the workspace. */
export function buildWorkspace(
  workspace: Workspace,
  env: Record<string, string> = {},
): BuildResult {
  const started = performance.now()
  const result = spawnSync(
    process.execPath,
    [path.join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'build/build.ts'],
    {
      cwd: workspace.dir,
      encoding: 'utf8',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  return {
    status: result.status ?? 1,
    output: `${result.stdout}\n${result.stderr}`,
    seconds: (performance.now() - started) / 1000,
  }
}

/** The workspace's content/site.yml with `archive:` set to `block` (replaced, or added). */
export function setArchiveMode(workspace: Workspace, block: string): void {
  const site = workspace.read('content/site.yml').replace(/^archive:.*(\n[ \t]+.*)*\n?/m, '')
  workspace.write('content/site.yml', `${site.trimEnd()}\narchive:${block}\n`)
}
