import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseFeed } from '@rowanmanning/feed-parser'
import { absoluteBodyUrls, feedDocument, type FeedChannel } from '../../lib/outputs/feeds'
import { feedUrl } from '../../lib/site/routes'
import { feedArticle, SITE } from './discovery-fixtures'

const channel: FeedChannel = {
  title: SITE.name,
  description: 'Independent news',
  language: 'en',
  baseUrl: SITE.baseUrl,
  homePath: '/en/',
  feedPaths: {
    rss: feedUrl('en', 'rss'),
    atom: feedUrl('en', 'atom'),
    json: feedUrl('en', 'json'),
  },
  logoPath: '/en/logo.png',
  copyright: `© ${SITE.name}`,
  staffByline: 'Chronicle staff',
  builtAt: new Date('2026-11-27T12:00:00Z'),
}

const older = feedArticle({
  slug: 'older',
  title: 'An older story',
  href: '/en/politics/older/',
  published: '2026-11-20T09:00:00+03:00',
  updated: undefined,
  image: undefined,
  leadImageFile: undefined,
  authors: [],
  tags: [],
})
const articles = [feedArticle(), older]

describe('feeds', () => {
  it('writes RSS 2.0 that a feed parser reads back: items, links, authors, tags, enclosure', () => {
    const feed = parseFeed(feedDocument(channel, articles, 'rss'))
    assert.equal(feed.title, SITE.name)
    assert.equal(feed.language, 'en')
    assert.deepEqual(
      feed.items.map((item) => item.title),
      ['Bridge opens & traffic <flows>', 'An older story'],
    )
    const [first] = feed.items
    assert.ok(first)
    assert.equal(first.url, 'https://news.example.org/en/local-news/bridge-opens/')
    assert.equal(first.description, 'The new bridge over the Tigris opened on Friday.')
    assert.deepEqual(
      first.categories.map((category) => category.label ?? category.term),
      ['Local News', 'Baghdad', 'الموصل'],
    )
    assert.deepEqual(first.media[0] && [first.media[0].url, first.media[0].length], [
      'https://news.example.org/images/sample/bridge.jpg',
      123456,
    ])
    assert.equal(first.media[0]?.mimeType, 'image/jpeg')
    // Full text, with site-relative links made absolute for readers on other sites.
    assert.match(first.content ?? '', /href="https:\/\/news\.example\.org\/en\/economy\/"/)
    assert.match(
      first.content ?? '',
      /src="https:\/\/news\.example\.org\/images\/sample\/river\.jpg"/,
    )
    assert.equal(first.published?.toISOString(), '2026-11-27T06:00:00.000Z')
  })

  it('writes Atom with authors linking to their pages and the update time', () => {
    const feed = parseFeed(feedDocument(channel, articles, 'atom'))
    const [first] = feed.items
    assert.ok(first)
    assert.equal(first.authors[0]?.name, 'Ada Reporter')
    assert.equal(first.authors[0]?.url, 'https://news.example.org/en/authors/ada/')
    assert.equal(first.updated?.toISOString(), '2026-11-27T08:30:00.000Z')
    assert.equal(feed.self, 'https://news.example.org/en/feeds/atom.xml')
    // The feed's own time is its newest change, so an unchanged site gives an unchanged feed.
    assert.equal(feed.updated?.toISOString(), '2026-11-27T08:30:00.000Z')
  })

  it('writes JSON Feed 1 with the same items', () => {
    const feed = JSON.parse(feedDocument(channel, articles, 'json'))
    assert.equal(feed.version, 'https://jsonfeed.org/version/1')
    assert.equal(feed.feed_url, 'https://news.example.org/en/feeds/feed.json')
    assert.deepEqual(
      feed.items.map((item: { url: string }) => item.url),
      [
        'https://news.example.org/en/local-news/bridge-opens/',
        'https://news.example.org/en/politics/older/',
      ],
    )
    assert.equal(feed.items[0].image, 'https://news.example.org/images/sample/bridge.jpg')
    // A story that names no writer is credited to the newsroom's staff.
    assert.equal(feed.items[1].author.name, 'Chronicle staff')
  })

  it('keeps every CDATA section closed and drops characters XML cannot carry, whatever the text', () => {
    const hostile = feedArticle({
      title: 'Markets ]]> twice ]]> & <b>x</b>\u0001',
      summary: 'A ]]> standfirst ]]>\u000B',
      bodyHtml: '<p>Prices ]]> rose ]]> again\uFFFE</p>',
    })
    for (const format of ['rss', 'atom'] as const) {
      const xml = feedDocument(channel, [hostile], format)
      assert.doesNotMatch(xml, /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u, format)
      // Every section that opens also closes, and no text outside one holds a raw "]]>".
      const outside = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')
      assert.doesNotMatch(outside, /<!\[CDATA\[|\]\]>/, format)
      const [item] = parseFeed(xml).items
      assert.equal(item?.title, 'Markets ]]> twice ]]> & <b>x</b>', format)
    }
  })

  it('dates an empty feed by the build, so rebuilding the same content changes nothing', () => {
    const first = feedDocument(channel, [], 'rss')
    assert.equal(parseFeed(first).items.length, 0)
    assert.match(first, /<lastBuildDate>Fri, 27 Nov 2026 12:00:00 GMT<\/lastBuildDate>/)
    assert.equal(feedDocument(channel, [], 'atom'), feedDocument(channel, [], 'atom'))
  })

  it('names the WebSub hub, and itself, in every format when a hub is set', () => {
    const hub = 'https://hub.example.org/'
    const withHub = { ...channel, hub }
    const rss = feedDocument(withHub, articles, 'rss')
    assert.match(rss, /<atom:link href="https:\/\/hub\.example\.org\/" rel="hub"\/>/)
    assert.match(
      rss,
      /<atom:link href="https:\/\/news\.example\.org\/en\/feeds\/rss\.xml" rel="self" type="application\/rss\+xml"\/>/,
    )
    assert.match(
      feedDocument(withHub, articles, 'atom'),
      /<link rel="hub" href="https:\/\/hub\.example\.org\/"\/>/,
    )
    assert.deepEqual(
      (JSON.parse(feedDocument(withHub, articles, 'json')) as { hubs?: unknown }).hubs,
      [{ type: 'WebSub', url: hub }],
    )
    assert.doesNotMatch(feedDocument(channel, articles, 'rss'), /rel="hub"/)
  })

  it('gives Atom categories the term the format requires', () => {
    const atom = feedDocument(channel, articles, 'atom')
    assert.match(
      atom,
      /<category label="Baghdad" scheme="https:\/\/news\.example\.org\/en\/tags\/baghdad\/" term="baghdad"\/>/,
    )
  })

  it('carries the newest 50 stories when there are more', () => {
    const many = Array.from({ length: 60 }, (_, index) =>
      feedArticle({
        slug: `story-${index}`,
        title: `Story ${index}`,
        href: `/en/x/story-${index}/`,
      }),
    )
    const feed = parseFeed(feedDocument(channel, many, 'rss'))
    assert.equal(feed.items.length, 50)
    assert.equal(feed.items[0]?.title, 'Story 0')
    assert.equal(feed.items.at(-1)?.title, 'Story 49')
  })

  it('leaves absolute and protocol-relative links alone', () => {
    assert.equal(
      absoluteBodyUrls(
        '<a href="https://x.org/a">x</a><img src="//cdn.example/y.png">',
        SITE.baseUrl,
      ),
      '<a href="https://x.org/a">x</a><img src="//cdn.example/y.png">',
    )
  })
})
