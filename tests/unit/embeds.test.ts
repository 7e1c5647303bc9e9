/**
 * Which links become embeds (lib/content/embeds.ts): each provider's usual addresses, in one
 * canonical form, with a player address on the provider's own frame origin; anything else stays
 * a link.
 */
import assert from 'node:assert/strict'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, it } from 'node:test'
import {
  EMBED_PROVIDERS,
  embedAddresses,
  embedFile,
  embedOf,
  splitAtEmbeds,
} from '../../lib/content/embeds'
import { EMBED_SCRIPT } from '../../lib/outputs/embed-script'
import { frameOrigins, withPolicy } from '../../lib/finish/page-policy'
import { renderMarkdown } from '../../lib/content/markdown'
import { readEmbedMetadata } from '../../lib/content/embed-metadata'
import { tempFolder } from '../support/temp-folder'

describe('links that become embeds', () => {
  const cases: [string, string, string, string][] = [
    // address as pasted, provider, id, canonical address
    [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s',
      'youtube',
      'dQw4w9WgXcQ',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    ],
    [
      'https://youtu.be/dQw4w9WgXcQ?si=abc',
      'youtube',
      'dQw4w9WgXcQ',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    ],
    [
      'https://m.youtube.com/shorts/dQw4w9WgXcQ',
      'youtube',
      'dQw4w9WgXcQ',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    ],
    [
      'https://twitter.com/IraqiGov/status/1862000000000000001?s=20',
      'x',
      '1862000000000000001',
      'https://x.com/IraqiGov/status/1862000000000000001',
    ],
    [
      'https://x.com/IraqiGov/status/1862000000000000001',
      'x',
      '1862000000000000001',
      'https://x.com/IraqiGov/status/1862000000000000001',
    ],
    [
      'https://www.instagram.com/p/C0abcDEF123/?igsh=x',
      'instagram',
      'C0abcDEF123',
      'https://www.instagram.com/p/C0abcDEF123/',
    ],
    [
      'https://www.facebook.com/IraqiMinistry/posts/pfbid02abc/',
      'facebook',
      'IraqiMinistry-posts-pfbid02abc',
      'https://www.facebook.com/IraqiMinistry/posts/pfbid02abc/',
    ],
    [
      'https://www.tiktok.com/@baghdad.news/video/7300000000000000000',
      'tiktok',
      '7300000000000000000',
      'https://www.tiktok.com/@baghdad.news/video/7300000000000000000',
    ],
    [
      'https://t.me/s/iraq_news_channel/12345',
      'telegram',
      'iraq_news_channel-12345',
      'https://t.me/iraq_news_channel/12345',
    ],
    [
      'https://www.openstreetmap.org/#map=15/33.31520/44.36610',
      'map',
      '33.3152_44.3661_15',
      'https://www.openstreetmap.org/?mlat=33.3152&mlon=44.3661#map=15/33.3152/44.3661',
    ],
  ]

  for (const [pasted, provider, id, url] of cases)
    it(`${pasted} → ${provider}`, () => {
      const embed = embedOf(pasted)
      assert.ok(embed, pasted)
      assert.deepEqual([embed.provider, embed.id, embed.url], [provider, id, url])
      // The player comes from the provider's one frame origin, over HTTPS.
      assert.ok(
        embed.frameUrl.startsWith(`${EMBED_PROVIDERS[embed.provider].frameOrigin}/`),
        embed.frameUrl,
      )
      // Its file is named by the id alone: no way out of content/embeds/<provider>/.
      assert.match(embedFile(embed), /^content\/embeds\/[a-z]+\/[\w.-]+\.json$/)
    })

  it('leaves every other link a link', () => {
    for (const other of [
      'https://www.youtube.com/channel/UC123',
      'https://www.youtube.com/watch?v=short',
      'https://x.com/IraqiGov',
      'https://x.com/IraqiGov/status/12ab',
      'https://evil.example/watch?v=dQw4w9WgXcQ',
      'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
      'https://user:pass@www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ',
      'javascript:alert(1)//https://youtu.be/dQw4w9WgXcQ',
      'https://t.me/joinchat/abcdef',
      'https://www.openstreetmap.org/#map=15/95.0/44.3',
      'https://www.facebook.com/../../posts/1',
      '/en/politics/vote-count/',
      'not a url',
    ])
      assert.equal(embedOf(other), undefined, other)
  })
})

describe('an embed in a story’s text', () => {
  it('is a provider’s bare link on a line of its own, marked by the pipeline and never by the editor', async () => {
    const html = await renderMarkdown(
      [
        'Before.',
        'https://youtu.be/dQw4w9WgXcQ',
        '<https://x.com/IraqiGov/status/1862000000000000001>',
        '[Watch the speech](https://youtu.be/dQw4w9WgXcQ)',
        '- https://youtu.be/dQw4w9WgXcQ',
        'See https://youtu.be/dQw4w9WgXcQ here.',
        '<figure data-embed="https://evil.example/"><a href="https://evil.example/">https://evil.example/</a></figure>',
      ].join('\n\n'),
    )
    const marked = [...html.matchAll(/<figure data-embed="([^"]*)">/g)].map((match) => match[1])
    assert.deepEqual(marked, [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://x.com/IraqiGov/status/1862000000000000001',
    ])
    // The link stays inside, as pasted: what feeds, search and a reader without script get.
    assert.match(
      html,
      /<figure data-embed="https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ"><a href="https:\/\/youtu\.be\/dQw4w9WgXcQ">/,
    )
    // A link with words of its own, in a list or in a sentence, stays a link.
    assert.match(html, /<p><a href="https:\/\/youtu\.be\/dQw4w9WgXcQ">Watch the speech<\/a><\/p>/)
    assert.match(html, /<li><a href="https:\/\/youtu\.be\/dQw4w9WgXcQ">/)
    assert.match(html, /<p>See <a href/)
  })
})

describe('what is kept of an embedded post', () => {
  const link = embedOf('https://youtu.be/dQw4w9WgXcQ')
  assert.ok(link)
  const kept = {
    url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    provider: 'youtube',
    title: 'The <b>count</b> begins',
    author: 'Gazette TV',
    authorUrl: 'https://www.youtube.com/@gazette',
    thumbnail: 'dQw4w9WgXcQ.jpg',
    fetched: '2026-12-07T18:00:00Z',
    source: 'oembed',
  }
  const read = (data: unknown, text = JSON.stringify(data)) => {
    const root = tempFolder('embed-metadata')
    mkdirSync(path.join(root, 'content', 'embeds', 'youtube'), { recursive: true })
    writeFileSync(path.join(root, embedFile(link)), text)
    return readEmbedMetadata(root, link)
  }

  it('is read as plain text of bounded length, its thumbnail a file beside it', () => {
    const found = read(kept)
    assert.ok(found?.ok, JSON.stringify(found))
    assert.equal(found.metadata.title, 'The count begins')
    assert.equal(readEmbedMetadata(tempFolder('embed-none'), link), undefined)
  })

  it('refuses, naming the field, what another site could slip in', () => {
    const problem = (data: unknown, text?: string) => {
      const found = read(data, text)
      assert.ok(found && !found.ok, JSON.stringify(found))
      return found.problem
    }
    assert.match(problem({}, '{not json'), /is not valid JSON/)
    assert.match(problem({ ...kept, thumbnail: '../../../etc/passwd.jpg' }), /^thumbnail:/)
    assert.match(problem({ ...kept, authorUrl: 'javascript:alert(1)' }), /^authorUrl:/)
    assert.match(problem({ ...kept, title: 'x'.repeat(301) }), /^title:/)
    assert.match(problem({ ...kept, html: '<script></script>' }), /html|Unrecognized/)
    assert.match(
      problem({ ...kept, url: 'https://www.youtube.com/watch?v=aaaaaaaaaaa' }),
      /describes .* not https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ/,
    )
  })
})

describe('a page with embeds', () => {
  const youtube = embedOf('https://youtu.be/dQw4w9WgXcQ')
  const x = embedOf('https://x.com/IraqiGov/status/1862000000000000001')
  assert.ok(youtube && x)

  it('is cut at each embed’s mark into whole parts, in order', () => {
    const html = `<p>One.</p>\n<figure data-embed="${youtube.url}"><a href="https://youtu.be/dQw4w9WgXcQ">https://youtu.be/dQw4w9WgXcQ</a></figure>\n<p>Two.</p>\n<figure data-embed="${x.url}"><a href="${x.url}">${x.url}</a></figure>`
    assert.deepEqual(
      splitAtEmbeds(html).map((part) => (part.kind === 'embed' ? part.url : part.html.trim())),
      ['<p>One.</p>', youtube.url, '<p>Two.</p>', x.url],
    )
    assert.deepEqual(embedAddresses(html), [youtube.url, x.url])
  })

  it('allows frames from the providers it embeds and no others; its script by hash', () => {
    const page = `<!DOCTYPE html><html><head></head><body><div data-embed-frame="${youtube.frameUrl}"></div><div data-embed-frame="${x.frameUrl.replace(/&/g, '&amp;')}"></div><script>${EMBED_SCRIPT}</script></body></html>`
    assert.deepEqual(frameOrigins(page), [
      'https://platform.twitter.com',
      'https://www.youtube-nocookie.com',
    ])
    const policy = /content="([^"]*)"/.exec(withPolicy(page))?.[1] ?? ''
    assert.match(
      policy,
      /frame-src https:\/\/platform\.twitter\.com https:\/\/www\.youtube-nocookie\.com;/,
    )
    assert.doesNotMatch(policy, /'unsafe-inline'/)
    // A page without embeds allows no frame from anywhere else.
    assert.doesNotMatch(
      /content="([^"]*)"/.exec(withPolicy('<html><head></head><body></body></html>'))?.[1] ?? '',
      /frame-src/,
    )
    assert.throws(
      () => frameOrigins('<div data-embed-frame="https://evil.example/player"></div>'),
      /no embed provider's/,
    )
  })

  it('loads the player with a script of under 1 KiB gzipped', () => {
    assert.ok(gzipSync(EMBED_SCRIPT).length < 1024, `${gzipSync(EMBED_SCRIPT).length} bytes`)
  })
})
