/**
 * A review copy of the site (npm run build:preview): whatever it shows, nothing of it may reach
 * a search engine or a feed reader.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { headersFile } from '../../lib/finish/host-files'
import {
  isSitemapOrFeed,
  noindexPage,
  PREVIEW_ROBOTS,
  previewHeaders,
} from '../../build/stages/review-copy'

describe('a review copy', () => {
  it('marks every page noindex, replacing a robots tag that allowed more', () => {
    assert.equal(
      noindexPage('<html lang="en"><head><title>x</title></head></html>'),
      '<html lang="en"><head><meta name="robots" content="noindex, nofollow"/><title>x</title></head></html>',
    )
    const old = '<head><meta name="robots" content="noindex"/></head>'
    assert.equal(noindexPage(old), '<head><meta name="robots" content="noindex, nofollow"/></head>')
    assert.equal(noindexPage(noindexPage(old)).match(/name="robots"/g)?.length, 1)
  })

  it('tells crawlers to stay out, in robots.txt and on every response', () => {
    assert.equal(PREVIEW_ROBOTS, 'User-agent: *\nDisallow: /\n')
    assert.doesNotMatch(PREVIEW_ROBOTS, /Sitemap/)
    const headers = previewHeaders(headersFile())
    assert.match(headers, /^\/\*\n {2}X-Robots-Tag: noindex, nofollow\n/)
    assert.ok(headers.endsWith(headersFile()), 'the site’s own headers still apply')
  })

  it('leaves out sitemaps and feeds, and nothing else', () => {
    for (const file of [
      'sitemap.xml',
      'sitemaps',
      'sitemaps/news-en.xml',
      'en/feeds/rss.xml',
      'ar/feeds/politics/atom.xml',
      'en/feeds',
    ])
      assert.equal(isSitemapOrFeed(file), true, file)
    for (const file of [
      'en/index.html',
      'en/politics/feeds-of-the-nation/index.html',
      'robots.txt',
      'en/search/index.html',
    ])
      assert.equal(isSitemapOrFeed(file), false, file)
  })
})
