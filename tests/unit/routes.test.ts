import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  LATEST,
  listingPage,
  listingPageNumbers,
  parsePageNumber,
} from '../../lib/newsroom/pagination'
import {
  articleUrl,
  decodeSegment,
  feedUrl,
  parseFeedPath,
  sectionUrl,
  tagSlug,
  tagUrl,
} from '../../lib/site/routes'

describe('tag slugs', () => {
  it('joins words with hyphens and lower-cases them', () => {
    assert.equal(tagSlug('Oil prices'), 'oil-prices')
    assert.equal(tagSlug('  Kurdistan Region / KRG '), 'kurdistan-region-krg')
  })

  it('keeps letters of other scripts as they are', () => {
    assert.equal(tagSlug('الموصل'), 'الموصل')
    assert.equal(tagSlug('نفط العراق'), 'نفط-العراق')
  })

  it('reads a percent-encoded segment back to the same slug', () => {
    assert.equal(decodeSegment(encodeURIComponent('نفط-العراق')), 'نفط-العراق')
    assert.equal(decodeSegment('oil-prices'), 'oil-prices')
    assert.equal(decodeSegment('100%-bad'), '100%-bad')
  })
})

describe('URLs', () => {
  it('ends every path in a slash, like the exported folders', () => {
    assert.equal(sectionUrl('en', 'iraq'), '/en/iraq/')
    assert.equal(sectionUrl('en', 'iraq', 2), '/en/iraq/page/2/')
    assert.equal(articleUrl('en', 'local-news', 'bridge'), '/en/local-news/bridge/')
    assert.equal(tagUrl('en', 'Oil prices', 3), '/en/tags/oil-prices/page/3/')
  })
})

describe('pagination', () => {
  // 45 stories held newest first: 44 the oldest.
  const items = Array.from({ length: 45 }, (_, index) => index)

  it('numbers pages from the oldest and keeps the newest, up to two pages, at the listing’s address', () => {
    assert.deepEqual(listingPage(items, 1, 20), {
      items: Array.from({ length: 20 }, (_, index) => 25 + index),
      page: 1,
      newer: LATEST,
    })
    assert.deepEqual(listingPage(items, LATEST, 20), {
      items: Array.from({ length: 25 }, (_, index) => index),
      page: LATEST,
      older: 1,
    })
    assert.equal(listingPage(items, 2, 20), undefined)
  })

  it('gives a short list its address and a /page/1/ that points to it', () => {
    assert.deepEqual(listingPage([], LATEST, 20), { items: [], page: LATEST })
    assert.deepEqual(listingPage(items.slice(0, 39), 1, 20), { items: [], page: 1, newer: LATEST })
  })

  it('lists every page for static generation, the listing’s address first', () => {
    assert.deepEqual(listingPageNumbers(45, 20), [LATEST, 1])
    assert.deepEqual(listingPageNumbers(60, 20), [LATEST, 1, 2])
    assert.deepEqual(listingPageNumbers(0, 20), [LATEST, 1])
  })

  it('reads page numbers from URL segments strictly', () => {
    assert.equal(parsePageNumber('2'), 2)
    for (const bad of ['0', '02', '-1', '1.5', 'two'])
      assert.equal(parsePageNumber(bad), undefined, bad)
  })
})

describe('feed addresses', () => {
  it('puts every feed under /<edition>/feeds/ and reads the path back', () => {
    assert.equal(feedUrl('en', 'rss'), '/en/feeds/rss.xml')
    assert.equal(feedUrl('ar', 'json', 'economy'), '/ar/feeds/economy/feed.json')
    assert.deepEqual(parseFeedPath(['rss.xml']), { format: 'rss' })
    assert.deepEqual(parseFeedPath(['economy', 'atom.xml']), { format: 'atom', section: 'economy' })
    assert.equal(parseFeedPath(['economy', 'feed.xml']), undefined)
    assert.equal(parseFeedPath(['a', 'b', 'rss.xml']), undefined)
  })
})
