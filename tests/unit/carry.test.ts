/**
 * What an incremental build may carry from the published release (build/carry.ts): a page whose
 * version is unchanged, with its files there; and everything rendered again, with the reason,
 * when anything could make a carried page wrong.
 */
import assert from 'node:assert/strict'
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import {
  carryPages,
  planCarry,
  pruneRenderedCopies,
  readReleaseState,
  renderedCopy,
  writeReleaseState,
  type ReleaseState,
} from '../../build/carry'
import { prepareStaging, publishRelease, RELEASES_DIR } from '../../build/release'
import { tempFolder } from '../support/temp-folder'
import { workspaceAt } from '../support/workspace'

const STORY = '/en/economy/oil/'
const FILE = 'en/economy/oil/index.html'
const shows = { characters: 'Oil', pictures: [], finish: 'f1' }

/** A folder with a published release holding one page, and the state that release recorded. */
function published(state: Partial<ReleaseState> = {}) {
  const root = tempFolder('carry')
  const site = workspaceAt(root)
  prepareStaging(root)
  site.write(path.join(RELEASES_DIR, 'staging', FILE), '<p>Oil</p>')
  site.write(path.relative(root, renderedCopy(root, FILE, 'v1')), '<p>Oil, unfinished</p>')
  const release = publishRelease(root)
  writeReleaseState(root, {
    release,
    buildId: 'b1',
    code: 'c1',
    pages: { [STORY]: { version: 'v1', files: { [FILE]: shows } } },
    ...state,
  })
  return { root, release }
}

const ids = { buildId: 'b1', code: 'c1' }

describe('carrying pages from the published release', () => {
  it('carries a page whose version is unchanged, by hard link, and renders a changed one', () => {
    const { root, release } = published()
    const same = planCarry(root, ids, new Map([[STORY, 'v1']]))
    assert.equal(same.full, false)
    const staging = prepareStaging(root)
    const linked = carryPages(root, staging, same)
    assert.deepEqual([...linked], [[FILE, shows]])
    const carried = path.join(staging, FILE)
    assert.equal(readFileSync(carried, 'utf8'), '<p>Oil</p>')
    assert.equal(statSync(carried).ino, statSync(path.join(root, RELEASES_DIR, release, FILE)).ino)

    const changed = planCarry(root, ids, new Map([[STORY, 'v2']]))
    assert.ok(!changed.full && changed.carried.size === 0)
  })

  it('renders everything, and says why, when a carried page could be wrong', () => {
    const reasons = (plan: ReturnType<typeof planCarry>) => (plan.full ? plan.reason : 'carried')
    const versions = new Map([[STORY, 'v1']])

    assert.equal(
      reasons(planCarry(tempFolder('carry'), ids, versions)),
      'no previous release to carry pages from',
    )
    const { root } = published()
    assert.match(
      reasons(planCarry(root, { ...ids, code: 'c2' }, versions)),
      /code or content\/site.yml changed/,
    )
    assert.match(
      reasons(planCarry(root, { ...ids, buildId: 'b2' }, versions)),
      /code or content\/site.yml changed/,
    )

    const stale = published({ release: 'an-older-release' })
    assert.match(
      reasons(planCarry(stale.root, ids, versions)),
      /not the one the last build recorded/,
    )

    const emptied = published()
    rmSync(path.join(emptied.root, RELEASES_DIR, emptied.release, FILE))
    assert.equal(
      reasons(planCarry(emptied.root, ids, versions)),
      `${FILE} of the last release is missing`,
    )

    const uncopied = published()
    rmSync(renderedCopy(uncopied.root, FILE, 'v1'))
    assert.match(reasons(planCarry(uncopied.root, ids, versions)), /is missing/)
    assert.ok(existsSync(path.join(uncopied.root, 'out')))
  })

  it('keeps the published page’s unfinished copy beside another version’s, until a release drops it', () => {
    const { root } = published()
    // A build that rendered the page at v2 and then failed: the published v1 stays carriable.
    workspaceAt(root).write(path.relative(root, renderedCopy(root, FILE, 'v2')), '<p>Gas</p>')
    const plan = planCarry(root, ids, new Map([[STORY, 'v1']]))
    assert.ok(!plan.full && plan.carried.has(STORY))
    assert.equal(readFileSync(renderedCopy(root, FILE, 'v1'), 'utf8'), '<p>Oil, unfinished</p>')

    assert.equal(pruneRenderedCopies(root, readReleaseState(root)?.pages ?? {}), 1)
    assert.equal(existsSync(renderedCopy(root, FILE, 'v2')), false)
    assert.ok(existsSync(renderedCopy(root, FILE, 'v1')))
  })
})
