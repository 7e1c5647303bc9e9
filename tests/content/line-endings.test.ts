/**
 * A newsroom on Windows: the sample content checked out with CRLF line ends (and a byte-order
 * mark here and there, as some editors save) builds exactly the site the LF files build.
 */
import assert from 'node:assert/strict'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { after, describe, it } from 'node:test'
import { buildWorkspace, createWorkspace, REPO, type Workspace } from '../support/workspace'
import { differingFiles, fileHashes, FIXTURE_BUILD_TIME } from '../support/fixture-site'


/** The same site: same build time, same build ID. */
const env = { NEWSROOM_BUILD_TIME: FIXTURE_BUILD_TIME, NEWSROOM_BUILD_ID: 'line-ends' }

describe('CRLF content', () => {
  let workspace: Workspace | undefined
  after(() => workspace?.remove(''))

  it('builds the same site as the LF sample, file for file', () => {
    // One workspace for both builds: the bundler's module IDs depend on the folder's path.
    workspace = createWorkspace('line-endings', path.join(REPO, 'content'))
    const lf = buildWorkspace(workspace, env)
    assert.equal(lf.status, 0, lf.output)
    const expected = fileHashes(workspace.out)

    let converted = 0
    const content = path.join(workspace.dir, 'content')
    for (const file of readdirSync(content, { recursive: true, encoding: 'utf8' })) {
      if (!/\.(md|yml|txt)$/.test(file)) continue
      const text = readFileSync(path.join(content, file), 'utf8').replace(/\n/g, '\r\n')
      // Every third file also starts with a byte-order mark, as Notepad once wrote them.
      writeFileSync(path.join(content, file), converted % 3 === 0 ? `\uFEFF${text}` : text)
      converted += 1
    }
    assert.ok(converted > 50, `converted ${converted} files`)
    // Rendered again from the CRLF files, not carried from the LF build (build/carry.ts).
    workspace.remove('.cache/release-state.json')
    const crlf = buildWorkspace(workspace, env)
    assert.equal(crlf.status, 0, crlf.output)
    const actual = fileHashes(workspace.out)

    const differing = differingFiles(expected, actual)
    assert.deepEqual(differing, [])
    assert.ok(expected.size > 300, `compared ${expected.size} files`)
  })
})
