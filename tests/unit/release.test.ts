import assert from 'node:assert/strict'
import { spawn, sync as spawnSync } from 'cross-spawn'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import {
  acquireBuildLock,
  BuildLockedError,
  lockFilePath,
  OUT_DIR,
  prepareStaging,
  publishRelease,
  RELEASES_DIR,
  recoverOut,
} from '../../build/release'
import { tempFolder } from '../support/temp-folder'

const folder = () => tempFolder('release')

describe('one build at a time', () => {
  it('refuses a second build while the first holds the lock, and lets it in afterwards', () => {
    const root = folder()
    const release = acquireBuildLock(root)
    assert.throws(
      () => acquireBuildLock(root),
      (error: unknown) =>
        error instanceof BuildLockedError &&
        error.message.includes(`another build (process ${process.pid} on `) &&
        error.message.includes('delete .build.lock'),
    )
    release()
    assert.equal(existsSync(lockFilePath(root)), false)
    acquireBuildLock(root)()
  })

  it('takes over a lock whose build was killed, saying so', () => {
    const root = folder()
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    })
    const deadPid = Number(gone.stdout)
    writeFileSync(
      lockFilePath(root),
      JSON.stringify({ pid: deadPid, host: hostname(), started: new Date().toISOString() }),
    )
    const said: string[] = []
    const release = acquireBuildLock(root, (line) => said.push(line))
    assert.match(
      said.join('\n'),
      new RegExp(
        `took over a lock left by a build that is no longer running \\(process ${deadPid}\\)`,
      ),
    )
    assert.equal(JSON.parse(readFileSync(lockFilePath(root), 'utf8')).pid, process.pid)
    release()
  })

  it('waits for a recent lock from another machine, and takes over an old one', () => {
    const root = folder()
    const foreign = (hoursAgo: number) =>
      writeFileSync(
        lockFilePath(root),
        JSON.stringify({
          pid: 1,
          host: 'another-machine',
          started: new Date(Date.now() - hoursAgo * 3600_000).toISOString(),
        }),
      )
    foreign(1)
    assert.throws(() => acquireBuildLock(root, () => {}), BuildLockedError)
    foreign(7)
    acquireBuildLock(root, () => {})()
  })
})

describe('publishing a release', () => {
  it('never leaves a moment without a complete out/, and keeps two releases', async () => {
    const root = folder()
    // A plain out/ folder from before releases were links becomes the previous release.
    mkdirSync(path.join(root, OUT_DIR))
    writeFileSync(path.join(root, OUT_DIR, 'index.html'), 'old site')
    writeFileSync(path.join(prepareStaging(root), 'index.html'), 'site 0')
    publishRelease(root)
    assert.deepEqual(
      readdirSync(path.join(root, RELEASES_DIR))
        .map((release) =>
          readFileSync(path.join(root, RELEASES_DIR, release, 'index.html'), 'utf8'),
        )
        .sort(),
      ['old site', 'site 0'],
    )
    const swaps = 60
    const script = `
      import { mkdirSync, writeFileSync } from 'node:fs'
      import path from 'node:path'
      import { prepareStaging, publishRelease } from ${JSON.stringify(path.resolve('build/release.ts'))}
      const root = ${JSON.stringify(root)}
      for (let build = 1; build <= ${swaps}; build += 1) {
        const staging = prepareStaging(root)
        writeFileSync(path.join(staging, 'index.html'), 'site ' + build)
        publishRelease(root)
      }`
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    )
    const finished = new Promise<number | null>((resolve) => child.on('exit', resolve))
    let looks = 0
    let misses = 0
    let done = false
    void finished.then(() => (done = true))
    while (!done) {
      looks += 1
      try {
        if (!readFileSync(path.join(root, OUT_DIR, 'index.html'), 'utf8').includes('site'))
          misses += 1
      } catch {
        misses += 1
      }
      await new Promise((resolve) => setImmediate(resolve))
    }
    assert.equal(await finished, 0)
    assert.ok(looks > 10, `looked ${looks} times`)
    assert.equal(misses, 0, `out/ was missing or incomplete ${misses} of ${looks} times`)
    assert.equal(readFileSync(path.join(root, OUT_DIR, 'index.html'), 'utf8'), `site ${swaps}`)
    assert.equal(readdirSync(path.join(root, RELEASES_DIR)).length, 2)
  })

  it('after a build killed while moving a plain out/ aside, links the new release', () => {
    const root = folder()
    const releases = path.join(root, RELEASES_DIR)
    mkdirSync(path.join(releases, '2026-11-29T10-00-00-000Z'), { recursive: true })
    writeFileSync(path.join(releases, '2026-11-29T10-00-00-000Z', 'index.html'), 'new site')
    mkdirSync(path.join(releases, '2026-11-29T10-00-00-000Z-previous'))
    writeFileSync(
      path.join(releases, '2026-11-29T10-00-00-000Z-previous', 'index.html'),
      'old site',
    )
    recoverOut(root)
    assert.equal(readFileSync(path.join(root, OUT_DIR, 'index.html'), 'utf8'), 'new site')
  })

  it('leaves the published site alone when a build stages and is abandoned', () => {
    const root = folder()
    writeFileSync(path.join(prepareStaging(root), 'index.html'), 'first')
    publishRelease(root)
    writeFileSync(path.join(prepareStaging(root), 'index.html'), 'half-writt')
    assert.equal(readFileSync(path.join(root, OUT_DIR, 'index.html'), 'utf8'), 'first')
  })
})
