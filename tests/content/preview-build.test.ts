/**
 * `npm run build:preview` on the newsroom fixture: the review copy a pull request gets shows the
 * draft and the scheduled story as readers will see them, and lets nothing of them out — no
 * search engine, feed or sitemap, no published address.
 */
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { build, createWorkspace, type Workspace } from '../support/fixture-site'

describe('a review copy of the site', () => {
  let workspace: Workspace
  let output: string
  const page = (address: string) => readFileSync(path.join(workspace.out, address, 'index.html'), 'utf8')

  before(() => {
    workspace = createWorkspace('newsroom', 'preview-build')
    const result = build(workspace, { NEWSROOM_PREVIEW: '1' })
    output = result.output
    assert.equal(result.status, 0, output)
  })
  after(() => workspace.remove(''))

  it('shows the draft and the scheduled story, labelled, with the draft’s picture', () => {
    const draft = page('en/local-news/draft-story')
    assert.match(draft, /<h1[^>]*>Fixture draft headline that must never be published<\/h1>/)
    assert.match(draft, />Draft</)
    assert.ok(existsSync(path.join(workspace.out, 'media/articles/2026/11/draft-only.png')))
    assert.match(page('en/local-news/scheduled-story'), />Scheduled</)
  })

  it('tells every crawler to stay out, on every page and response', () => {
    assert.equal(readFileSync(path.join(workspace.out, 'robots.txt'), 'utf8'), 'User-agent: *\nDisallow: /\n')
    for (const address of ['en', 'ar', 'en/local-news/draft-story', 'en/local-news/lead-story', 'admin'])
      assert.equal(page(address).match(/<meta name="robots" content="noindex, nofollow"\/?>/g)?.length, 1, address)
    assert.match(readFileSync(path.join(workspace.out, '_headers'), 'utf8'), /^\/\*\n {2}X-Robots-Tag: noindex, nofollow\n/)
  })

  it('publishes no sitemap or feed, and records no address', () => {
    for (const file of ['sitemap.xml', 'sitemaps', 'en/feeds', 'ar/feeds'])
      assert.equal(existsSync(path.join(workspace.out, file)), false, file)
    const addresses = readFileSync(path.join(workspace.dir, 'content/published-addresses.txt'), 'utf8')
    assert.doesNotMatch(addresses, /draft-story|scheduled-story/)
    assert.match(output, /review copy: \d+ pages marked noindex/)
  })
})
