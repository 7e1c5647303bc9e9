/**
 * The build is deterministic, and never costs the published site: a build killed midway leaves
 * the previous out/ byte-identical. (A failing article is covered in bad-input.test.ts.)
 */
import assert from 'node:assert/strict'
import { spawn } from 'cross-spawn'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { before, describe, it } from 'node:test'
import { lockFilePath } from '../../build/release'
import { REPO } from '../support/workspace'
import {
  build,
  buildNewsroom,
  differingFiles,
  fileHashes,
  FIXTURE_BUILD_TIME,
  type Workspace,
} from '../support/fixture-site'


describe('build reliability', () => {
  let workspace: Workspace
  let firstBuild: Map<string, string>

  before(() => {
    // The shared newsroom build (made by newsroom.test.ts when it ran first), built once more here.
    workspace = buildNewsroom({ reuse: true })
    firstBuild = fileHashes(workspace.out)
  })

  it('produces byte-identical output when the same content is built again', () => {
    const result = build(workspace)
    assert.equal(result.status, 0, result.output)
    const again = fileHashes(workspace.out)
    const differing = differingFiles(firstBuild, again)
    assert.deepEqual(differing, [])
    assert.ok(firstBuild.size > 100, `compared ${firstBuild.size} files`)
    // Same code as the build before: its types are not checked a second time.
    assert.match(result.output, /code unchanged since a build that checked it/)
  })

  it('checks the types again when the code changes, and a type error stops the build naming the file', () => {
    const published = fileHashes(workspace.out)
    workspace.write('lib/typo.ts', "export const pages: number = 'twelve'\n")
    const result = build(workspace)
    workspace.remove('lib/typo.ts')
    assert.notEqual(result.status, 0, result.output)
    assert.match(result.output, /lib\/typo\.ts\(1,14\): error TS2322/)
    assert.match(result.output, /Build stopped: the code does not type-check/)
    assert.doesNotMatch(result.output, /Rendering pages/)
    assert.deepEqual(fileHashes(workspace.out), published)
  })

  it('leaves the published out/ untouched when a build is killed midway', async () => {
    const published = fileHashes(workspace.out)
    // Change the content, so a completed build would change out/.
    workspace.write(
      'content/articles/late-story.md',
      '---\ntitle: A late story\nsummary: Added just before the build.\ndate: 2026-11-26T09:00:00+03:00\nsection: economy\n---\nLate.\n',
    )
    const child = spawn(process.execPath, [path.join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'build/build.ts'], {
      cwd: workspace.dir,
      env: { ...process.env, NEWSROOM_BUILD_TIME: FIXTURE_BUILD_TIME, NEXT_TELEMETRY_DISABLED: '1' },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    // Kill the whole process group once Next is rendering pages into the staging folder.
    await new Promise<void>((resolve, reject) => {
      let output = ''
      const timer = setTimeout(() => reject(new Error(`the build never started rendering:\n${output}`)), 240_000)
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString()
        if (/Generating static pages|Collecting page data/.test(output)) {
          clearTimeout(timer)
          process.kill(-(child.pid ?? 0), 'SIGKILL')
          resolve()
        }
      })
      child.on('exit', () => {
        clearTimeout(timer)
        reject(new Error(`the build ended before it could be interrupted:\n${output}`))
      })
    })
    // Wait until every process of the killed build is gone.
    while (processGroupAlive(child.pid ?? 0)) await new Promise((resolve) => setTimeout(resolve, 50))
    assert.deepEqual(fileHashes(workspace.out), published)
    workspace.remove('content/articles/late-story.md')
  })

  it('lets the next build take over the lock a killed build left, and publish', () => {
    assert.ok(existsSync(lockFilePath(workspace.dir)), 'the killed build left its lock behind')
    const result = build(workspace)
    assert.equal(result.status, 0, result.output)
    assert.match(result.output, /took over a lock left by a build that is no longer running/)
    assert.equal(existsSync(lockFilePath(workspace.dir)), false, 'the lock is given back')
  })

  it('runs one build at a time: a second build stops at once, naming the first, which completes', async () => {
    const first = startBuild(workspace)
    await first.reached(/Rendering pages/)
    const second = build(workspace)
    assert.notEqual(second.status, 0, second.output)
    const holder = /another build \(process (\d+) on .*\) is running in this folder/.exec(second.output)
    assert.ok(holder, second.output)
    assert.equal(processGroupOf(Number(holder[1])), first.pid, 'the process named is the first build')
    assert.doesNotMatch(second.output, /Reading content/)
    const { code, output } = await first.finished
    assert.equal(code, 0, output)
    assert.match(output, /Site built into out\//)
    assert.ok(existsSync(path.join(workspace.out, 'en', 'index.html')))
  })
})

/** A build in its own process group, with a way to wait for a line of its output. */
function startBuild(workspace: Workspace) {
  const child = spawn(
    process.execPath,
    [path.join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'build/build.ts'],
    {
      cwd: workspace.dir,
      env: { ...process.env, NEWSROOM_BUILD_TIME: FIXTURE_BUILD_TIME, NEXT_TELEMETRY_DISABLED: '1' },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  const listeners = new Set<() => void>()
  const collect = (chunk: Buffer) => {
    output += chunk.toString()
    for (const listener of listeners) listener()
  }
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  const finished = new Promise<{ code: number | null; output: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, output })),
  )
  return {
    pid: child.pid ?? 0,
    finished,
    reached: (pattern: RegExp) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (pattern.test(output)) resolve()
        }
        listeners.add(check)
        check()
        void finished.then(() => reject(new Error(`the build ended before ${pattern}:\n${output}`)))
      }),
  }
}

/** Whether any process of the group led by `pid` still exists (a zombie counts as gone). */
function processGroupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0)
  } catch {
    return false
  }
  const members = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))
  return members.some((entry) => {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      return fields[2] === String(pid) && fields[0] !== 'Z'
    } catch {
      return false
    }
  })
}

function processGroupOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2])
  } catch {
    return undefined
  }
}
