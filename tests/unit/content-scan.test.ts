/**
 * The first look at content/ keeps what it found in each file (build/content/scan-content.ts):
 * a second build says the same of an unchanged file without parsing it, and looks again at a
 * changed one.
 */
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { scanContent } from '../../build/content/scan-content'
import { tempFolder } from '../support/temp-folder'
import { workspaceAt } from '../support/workspace'

const story = (title: string) =>
  `---\ntitle: ${title}\nsummary: A summary of the story.\ndate: 2026-11-20T09:00:00Z\nsection: economy\nauthors: [ada]\n---\n\nBody text.\n`

describe('the first look, kept between builds', () => {
  it('reports an unchanged file as before, and a changed one afresh', () => {
    const root = tempFolder('scan-cache')
    const site = workspaceAt(root)
    site.write('content/articles/economy/oil.md', story('Oil'))
    site.write('content/articles/economy/gas.md', story('"Gas'))
    const cache = { file: path.join(root, '.cache', 'content-scan.json'), code: 'c1' }

    const first = scanContent(root, cache)
    assert.ok(existsSync(cache.file))
    assert.equal(first.problems.length, 1)
    assert.match(first.problems[0]?.file ?? '', /gas\.md$/)
    assert.deepEqual(scanContent(root, cache), first)
    assert.deepEqual(scanContent(root, cache), scanContent(root))

    site.write('content/articles/economy/gas.md', story('Gas'))
    site.remove('content/articles/economy/oil.md')
    const fixed = scanContent(root, cache)
    assert.deepEqual(fixed.problems, [])
    assert.deepEqual(
      fixed.readable.map(({ file, yaml }) => [file, yaml.split('\n')[0]]),
      [['content/articles/economy/gas.md', 'title: Gas']],
    )
    // Only the files there now are kept.
    assert.equal(Object.keys(JSON.parse(readFileSync(cache.file, 'utf8'))).length, 1)
  })
})
