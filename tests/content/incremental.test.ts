/**
 * An incremental build is exactly a cold build (decision 006). The fixture newsroom is built
 * cold; then stories are added, corrected, retitled, moved between sections, retagged and
 * deleted, and the breaking story changes. After each round the build renders only the pages
 * whose version changed and carries the rest from the published release; then the same content is
 * built cold in the same folder (bundler module ids follow its path) with every cache and the
 * previous release removed, at the same NEWSROOM_BUILD_TIME and NEWSROOM_BUILD_ID, and every file
 * of out/ is compared by sha256.
 */
import assert from 'node:assert/strict'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import {
  build,
  createWorkspace,
  differingFiles,
  fileHashes,
  FIXTURE_BUILD_TIME,
  type Workspace,
} from '../support/fixture-site'

const env = { NEWSROOM_BUILD_ID: 'incremental' }
const PUBLISHED = 'content/published-addresses.txt'
const ARTICLES = 'content/articles/2026/11'

/** "rendering 12 of 210 pages; 198 carried" → [12, 210], or undefined for a full render. */
function renderedOf(output: string): [number, number] | undefined {
  const found = /rendering ([\d,]+) of ([\d,]+) pages; [\d,]+ carried/.exec(output)
  return found ? [Number(found[1]?.replace(/,/g, '')), Number(found[2]?.replace(/,/g, ''))] : undefined
}

/** Everything a build keeps between runs: what a cold build starts without. */
function forgetEverything(workspace: Workspace): void {
  for (const kept of ['.cache', '.contentlayer', '.out-releases', 'out'])
    rmSync(path.join(workspace.dir, kept), { recursive: true, force: true })
}

function edit(workspace: Workspace, file: string, change: (text: string) => string): void {
  const text = workspace.read(file)
  const changed = change(text)
  assert.notEqual(changed, text, `${file} changed`)
  workspace.write(file, changed)
}

describe('an incremental build', () => {
  let workspace: Workspace
  before(() => {
    workspace = createWorkspace('newsroom', 'incremental')
    const cold = build(workspace, env)
    assert.equal(cold.status, 0, cold.output)
    assert.match(cold.output, /no previous release to carry pages from: rendering all/)
  })
  after(() => workspace.remove(''))

  /**
   * Builds incrementally, then the same content cold; returns the pages rendered and in all.
   * The list of published addresses is content the build appends to: the cold build reads it
   * as the incremental one did.
   */
  function buildBothWays(at: Record<string, string> = {}): [number, number] {
    const published = workspace.read(PUBLISHED)
    const incremental = build(workspace, { ...env, ...at })
    assert.equal(incremental.status, 0, incremental.output)
    const counts = renderedOf(incremental.output)
    assert.ok(counts, `the build carried pages:\n${incremental.output}`)
    const expected = fileHashes(workspace.out)

    workspace.write(PUBLISHED, published)
    forgetEverything(workspace)
    const cold = build(workspace, { ...env, ...at })
    assert.equal(cold.status, 0, cold.output)
    assert.equal(renderedOf(cold.output), undefined)
    assert.deepEqual(differingFiles(expected, fileHashes(workspace.out)), [])
    assert.ok(expected.size > 200, `compared ${expected.size} files`)
    return counts
  }

  it('adds a story and corrects another, rendering only the pages that show them', (t) => {
    workspace.write(
      `${ARTICLES}/incremental-new.md`,
      '---\ntitle: Fixture story added after the first build\nsummary: A new story.\ndate: 2026-11-26T08:00:00+03:00\nsection: economy\nauthors:\n  - ada-reporter\ntags:\n  - Baghdad\n---\nNew body.\n',
    )
    edit(workspace, `${ARTICLES}/opinion-piece.md`, (text) =>
      text.replace(
        'section: opinion\n',
        'section: opinion\nupdated: 2026-11-26T10:00:00+03:00\ncorrections:\n  - date: 2026-11-26\n    text: An earlier version gave the wrong number of bridges.\n',
      ),
    )
    const [rendered, all] = buildBothWays()
    t.diagnostic(`rendered ${rendered} of ${all} pages`)
    assert.ok(rendered < all / 2, `rendered ${rendered} of ${all}`)
  })

  it('adds one update to a live page, rendering that page alone', (t) => {
    workspace.write(
      'content/live/vote-count/updates/update-46.md',
      '---\ntime: 2026-11-27T06:30:00+03:00\n---\nFixture update number 46, added after the first build.\n',
    )
    const [rendered, all] = buildBothWays()
    t.diagnostic(`rendered ${rendered} of ${all} pages`)
    // Its own address: the older updates' numbered page keeps its twenty.
    assert.equal(rendered, 1)
    assert.match(workspace.read('out/en/politics/vote-count/updates.json'), /"count":46/)
  })

  it('retitles, moves and retags stories and changes the breaking story', (t) => {
    edit(workspace, `${ARTICLES}/lead-story.md`, (text) =>
      text.replace('title: Fixture lead story about the river bridge', 'title: Fixture lead story, retitled'),
    )
    edit(workspace, `${ARTICLES}/culture-story.md`, (text) =>
      text.replace(/^section: .*$/m, 'section: economy'),
    )
    edit(workspace, `${ARTICLES}/opinion-piece.md`, (text) =>
      text.replace('  - Oil prices\n', '  - Baghdad\n'),
    )
    // The strip on every page changes: it is stamped into the pages, which are not rendered again.
    edit(workspace, `${ARTICLES}/breaking-fresh.md`, (text) =>
      text.replace('breaking: true', 'breaking: false'),
    )
    const [rendered, all] = buildBothWays()
    t.diagnostic(`rendered ${rendered} of ${all} pages`)
    assert.ok(rendered < all / 2, `rendered ${rendered} of ${all}`)
  })

  it('builds the same content the next day: the date line is stamped, the pages carried', (t) => {
    const nextDay = new Date(Date.parse(FIXTURE_BUILD_TIME) + 24 * 3600 * 1000).toISOString()
    const [rendered, all] = buildBothWays({ NEWSROOM_BUILD_TIME: nextDay })
    t.diagnostic(`rendered ${rendered} of ${all} pages`)
    assert.ok(rendered < all / 2, `rendered ${rendered} of ${all}`)
    // A carried page, stamped with the new day's date line.
    assert.match(workspace.read('out/en/pages/about/index.html'), /Saturday, 28 November 2026/)
    // 55 hours after their coverage began: the running live page stays in the news sitemap,
    // the ended one has left it with the other stories of that day.
    assert.match(workspace.read('out/sitemaps/news-en.xml'), /\/en\/politics\/vote-count\//)
    assert.doesNotMatch(workspace.read('out/sitemaps/news-en.xml'), /markup-in-text/)
    assert.doesNotMatch(workspace.read('out/sitemaps/news-ar.xml'), new RegExp(encodeURIComponent('فرز-الاصوات')))
  })

  it('deletes a story', (t) => {
    workspace.remove(`${ARTICLES}/incremental-new.md`)
    const [rendered, all] = buildBothWays()
    t.diagnostic(`rendered ${rendered} of ${all} pages`)
    assert.ok(rendered < all / 2, `rendered ${rendered} of ${all}`)
  })
})
