/**
 * The build is deterministic, and never costs the published site: a build killed midway leaves
 * the previous out/ byte-identical. (A failing article is covered in bad-input.test.ts.)
 */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { before, describe, it } from 'node:test'
import { REPO } from '../../scripts/workspace'
import { build, buildNewsroom, FIXTURE_BUILD_TIME, type Workspace } from '../support/fixture-site'

function fileHashes(dir: string): Map<string, string> {
  const hashes = new Map<string, string>()
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(dir, file)
    if (statSync(full).isFile()) hashes.set(file, createHash('sha256').update(readFileSync(full)).digest('hex'))
  }
  return hashes
}

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
    const differing = [...new Set([...firstBuild.keys(), ...again.keys()])].filter(
      (file) => firstBuild.get(file) !== again.get(file),
    )
    assert.deepEqual(differing, [])
    assert.ok(firstBuild.size > 100, `compared ${firstBuild.size} files`)
  })

  it('leaves the published out/ untouched when a build is killed midway', async () => {
    const published = fileHashes(workspace.out)
    // Change the content, so a completed build would change out/.
    workspace.write(
      'content/articles/late-story.md',
      '---\ntitle: A late story\nsummary: Added just before the build.\ndate: 2026-11-26T09:00:00+03:00\nsection: economy\n---\nLate.\n',
    )
    const child = spawn(process.execPath, [path.join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build.ts'], {
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
    assert.deepEqual(fileHashes(workspace.out), published)
    workspace.remove('content/articles/late-story.md')
  })
})
