/**
 * What the newsroom fixture's awkward but legitimate files become: a story saved on Windows
 * reads like any other, `]]>` and markup in headlines keep every feed and sitemap valid XML,
 * in-page links reach their targets, and nothing in content/ is published but the pictures
 * published stories use. (Files that must be refused are in hostile-content.test.ts.)
 */
import assert from 'node:assert/strict'
import { sync as spawnSync } from 'cross-spawn'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { before, describe, it } from 'node:test'
import { parseFeed } from '@rowanmanning/feed-parser'
import { BUILD_LOG, buildNewsroom, type Workspace } from '../support/fixture-site'

let workspace: Workspace
let out: string
let files: string[]
const read = (relative: string) => readFileSync(path.join(out, relative), 'utf8')

const HOSTILE_HEADLINE = 'Fixture markets ]]> twice ]]> & <b>not bold</b>'

describe('untrusted content, built', () => {
  before(() => {
    workspace = buildNewsroom({ reuse: true })
    out = workspace.out
    files = readdirSync(out, { recursive: true, encoding: 'utf8' }).map((file) =>
      file.split(path.sep).join('/'),
    )
  })

  it('reads a CRLF file with a byte-order mark exactly like an LF file', () => {
    const page = read('en/local-news/windows-story/index.html')
    assert.match(page, /<h1[^>]*>Fixture story saved on Windows<\/h1>/)
    assert.match(page, /<h2 id="a-subheading">A subheading<\/h2>/)
    assert.ok(files.includes('en/tags/windows-line-ends/index.html'), 'its tag has its page')
    const withCarriageReturn = files.filter(
      (file) => /\.(html|xml|json|txt)$/.test(file) && read(file).includes('\r'),
    )
    assert.deepEqual(withCarriageReturn, [])
  })

  it('prints a warning and builds the page when a story holds a direction isolate', () => {
    assert.match(
      workspace.read(BUILD_LOG),
      /! content\/articles\/2026\/11\/windows-story\.md:13: holds the direction control U\+2067 on line 13/,
    )
    assert.match(read('en/local-news/windows-story/index.html'), /datelined \u2067بغداد\u2069 by its writer/)
  })

  it('keeps every feed and sitemap valid XML when a headline holds ]]> twice and markup', () => {
    const xml = files.filter((file) => file.endsWith('.xml'))
    assert.ok(xml.length > 10, `${xml.length} XML files`)
    for (const file of xml) {
      const lint = spawnSync('xmllint', ['--noout', path.join(out, file)], { encoding: 'utf8' })
      assert.equal(lint.status, 0, `${file}: ${lint.stderr}`)
    }
    for (const feed of ['en/feeds/rss.xml', 'en/feeds/atom.xml', 'en/feeds/politics/rss.xml']) {
      const item = parseFeed(read(feed)).items.find((entry) => entry.title?.startsWith('Fixture markets'))
      assert.equal(item?.title, HOSTILE_HEADLINE, feed)
      assert.match(item?.content ?? '', /Prices rose \]\](?:>|&gt;) and fell \]\](?:>|&gt;) again/, feed)
    }
    const json = JSON.parse(read('en/feeds/feed.json')) as { items: { title: string }[] }
    assert.ok(json.items.some((entry) => entry.title === HOSTILE_HEADLINE))
    assert.ok(read('sitemaps/news-en.xml').includes('Fixture markets ]]&gt; twice ]]&gt; &amp; &lt;b&gt;'))
  })

  it('points every in-page link of a story at an id on the same page', () => {
    const page = read('en/politics/markup-in-text/index.html')
    const ids = new Set([...page.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]))
    const targets = [...page.matchAll(/\shref="#([^"]+)"/g)].map((match) => match[1] ?? '')
    assert.ok(targets.includes('what-changes'), 'the link to the subheading')
    assert.ok(targets.includes('fn-1'), 'a footnote reference')
    assert.ok(targets.includes('fnref-2'), 'a footnote back-reference')
    // A one-word subheading is a name scripts could use: prefixed, and its link with it.
    assert.ok(targets.includes('user-content-location'), 'the link to a one-word subheading')
    assert.ok(ids.has('user-content-config') && !ids.has('config'), 'a raw id named like a global')
    assert.deepEqual(
      targets.filter((target) => !ids.has(target)),
      [],
    )
  })

  it('publishes only the pictures that published stories use, and says what it left out', () => {
    const media = files.filter((file) => file.startsWith('media/') && !file.endsWith('/'))
    // The picture, and the WebP copy the build made of it for smaller screens (never of the
    // others); the embeds' kept thumbnails likewise (the X post's has none).
    assert.deepEqual(
      media.filter((file) => /\.[a-z0-9]+$/.test(file)).map((file) => file.replace(/\.\d+w\.[0-9a-f]{10}\.webp$/, '.<width>.webp')).sort(),
      [
        'media/articles/2026/11/bridge.<width>.webp',
        'media/articles/2026/11/bridge.png',
        // The gallery, the video with its poster and captions, and the recording (docs/story-media.md).
        ...[1, 2, 3].flatMap((n) => [
          ...Array<string>(4).fill(`media/articles/2026/11/count-${n}.<width>.webp`),
          `media/articles/2026/11/count-${n}.jpg`,
        ]),
        'media/articles/2026/11/count-clip.<width>.webp',
        'media/articles/2026/11/count-clip.jpg',
        'media/articles/2026/11/count-clip.mp4',
        'media/articles/2026/11/count-clip.vtt',
        'media/articles/2026/11/minister-interview.mp3',
        // The Arabic opinion piece's gallery.
        ...[1, 2].flatMap((n) => [
          ...Array<string>(4).fill(`media/articles/ar/opinion-ar-${n}.<width>.webp`),
          `media/articles/ar/opinion-ar-${n}.jpg`,
        ]),
        'media/embeds/telegram/iraq_news_channel-12345.<width>.webp',
        'media/embeds/telegram/iraq_news_channel-12345.png',
        'media/embeds/youtube/dQw4w9WgXcQ.<width>.webp',
        'media/embeds/youtube/dQw4w9WgXcQ.<width>.webp',
        'media/embeds/youtube/dQw4w9WgXcQ.jpg',
      ],
    )
    for (const name of ['notes.txt', '.DS_Store', 'culture-story.md.bak', 'draft-only.png', 'unused-picture.png']) {
      assert.deepEqual(
        files.filter((file) => path.posix.basename(file) === name),
        [],
        `${name} is not published`,
      )
    }
    const log = workspace.read(BUILD_LOG)
    assert.match(log, /not published: content\/articles\/2026\/11\/notes\.txt \(not a story/)
    assert.match(log, /not published: content\/articles\/2026\/11\/\.DS_Store \(a hidden file\)/)
    assert.match(log, /not published: content\/articles\/2026\/11\/draft-only\.png \(no published story uses it\)/)
  })

  it('tells hosts to serve pictures with a policy that runs nothing', () => {
    const headers = read('_headers')
    for (const folder of ['/media/*', '/images/*'])
      assert.match(headers, new RegExp(`^${folder.replace('*', '\\*')}\\n  Content-Security-Policy: default-src 'none'; sandbox$`, 'm'))
  })
})
