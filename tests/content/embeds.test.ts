/**
 * Embeds in the exported newsroom fixture (docs/embeds.md): the fixture's story with a video,
 * a post, a channel's message and a map, their metadata recorded under
 * tests/fixtures/sites/newsroom/content/embeds/ (no network). Each is a card from the site's
 * own files; the page allows frames from exactly its providers; feeds keep the links.
 */
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { before, describe, it } from 'node:test'
import { parseFeed } from '@rowanmanning/feed-parser'
import { buildNewsroom } from '../support/fixture-site'

const STORY = 'en/culture/embeds-story/index.html'
let out: string
const read = (relative: string) => readFileSync(path.join(out, relative), 'utf8')
const policyOf = (html: string) =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? ''

describe('embeds in a story', () => {
  before(() => {
    out = buildNewsroom({ reuse: true }).out
  })

  it('shows each as a card from the site’s own files, with its link to the source', () => {
    const html = read(STORY)
    const frames = [...html.matchAll(/data-embed-frame="([^"]*)"/g)].map((match) => match[1])
    assert.deepEqual(frames, [
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1',
      'https://platform.twitter.com/embed/Tweet.html?id=1862000000000000001&amp;dnt=true',
      'https://t.me/iraq_news_channel/12345?embed=1',
      'https://www.openstreetmap.org/export/embed.html?bbox=44.36061,33.31245,44.37159,33.31795&amp;layer=mapnik&amp;marker=33.3152,44.3661',
    ])
    // The recorded title, author and thumbnail; the thumbnail published by the site.
    assert.match(html, /Fixture video: the minister(?:'|&#x27;)s statement after the count/)
    assert.match(html, /Fixture Gazette TV/)
    assert.match(html, /<img src="\/media\/embeds\/youtube\/dQw4w9WgXcQ\.jpg" alt="" width="480" height="360"/)
    assert.ok(existsSync(path.join(out, 'media', 'embeds', 'youtube', 'dQw4w9WgXcQ.jpg')))
    assert.match(html, /Fixture post text: counting continues in every province tonight\./)
    assert.match(html, /<a href="https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ"[^>]*>Open on YouTube<\/a>/)
    // The buttons wait for the script; nothing is framed until a reader asks.
    assert.equal(html.match(/<button type="button" hidden=""/g)?.length, 4)
    assert.doesNotMatch(html, /<iframe/)
    // A link with words of its own stays a link.
    assert.match(html, /<a href="https:\/\/youtu\.be\/dQw4w9WgXcQ">the statement<\/a>/)
  })

  it('allows frames from the providers the page embeds, and no page without embeds any', () => {
    const policy = policyOf(read(STORY))
    assert.match(
      policy,
      /frame-src https:\/\/platform\.twitter\.com https:\/\/t\.me https:\/\/www\.openstreetmap\.org https:\/\/www\.youtube-nocookie\.com;/,
    )
    assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/)
    assert.doesNotMatch(policyOf(read('en/local-news/lead-story/index.html')), /frame-src/)
  })

  it('keeps each embed a link in the feeds', () => {
    const item = parseFeed(read('en/feeds/culture/rss.xml')).items.find((entry) =>
      entry.title?.startsWith('Fixture story with embedded posts'),
    )
    assert.ok(item)
    assert.match(item.content ?? '', /href="https:\/\/youtu\.be\/dQw4w9WgXcQ"/)
    assert.doesNotMatch(item.content ?? '', /data-embed-frame|<button/)
  })
})
