/**
 * `npm run embeds` (tools/fetch-embeds.ts) against recorded answers (tests/fixtures/embeds/),
 * served by a stand-in for the providers: what it keeps, and what it refuses of a hostile or
 * broken answer. No network.
 */
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { imageSize } from 'image-size'
import { embedOf } from '../../lib/content/embeds'
import { readEmbedMetadata } from '../../lib/content/embed-metadata'
import { embedsInMarkdown, keepEmbed, reencodeThumbnail } from '../../tools/fetch-embeds'
import { tempFolder } from '../support/temp-folder'

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'embeds')
type Answer = { type: string; body?: string; file?: string; huge?: number }
const answers = JSON.parse(readFileSync(path.join(FIXTURES, 'answers.json'), 'utf8')) as Record<
  string,
  Answer
>

let server: http.Server
const asked: string[] = []
before(async () => {
  server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://stand-in').searchParams.get('url') ?? ''
    asked.push(url)
    const answer = answers[url]
    if (!answer) {
      response.writeHead(404).end('not found')
      return
    }
    response.writeHead(200, { 'content-type': answer.type })
    if (answer.huge) response.end(Buffer.alloc(answer.huge, 'x'))
    else response.end(answer.file ? readFileSync(path.join(FIXTURES, answer.file)) : answer.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  process.env.NEWSROOM_EMBED_PROXY = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
after(() => {
  delete process.env.NEWSROOM_EMBED_PROXY
  server.close()
})

const NOW = new Date('2026-12-07T18:00:00Z')
const link = (address: string) => {
  const found = embedOf(address)
  assert.ok(found, address)
  return found
}

/** Fetches `address` into a fresh folder and reads back what was kept. */
async function kept(address: string) {
  const root = tempFolder('fetch-embeds')
  await keepEmbed(root, link(address), NOW)
  const read = readEmbedMetadata(root, link(address))
  assert.ok(read?.ok, JSON.stringify(read))
  return read.metadata
}

describe('npm run embeds', () => {
  it('finds the embeds as the pipeline reads them: a paragraph that is one address', () => {
    const found = embedsInMarkdown(
      '---\ntitle: x\n---\nBefore.\n\nhttps://youtu.be/dQw4w9WgXcQ\n\n<https://t.me/iraq_news_channel/12345>\n\nSee https://youtu.be/aaaaaaaaaaa here.\n\n- https://youtu.be/bbbbbbbbbbb\n',
    )
    assert.deepEqual(
      found.map((embed) => embed.url),
      ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://t.me/iraq_news_channel/12345'],
    )
  })

  it('keeps a video’s title, author and thumbnail from its oEmbed answer', async () => {
    const root = tempFolder('fetch-embeds')
    const video = link('https://youtu.be/dQw4w9WgXcQ')
    assert.equal(await keepEmbed(root, video, NOW), 'content/embeds/youtube/dQw4w9WgXcQ.json')
    const read = readEmbedMetadata(root, video)
    assert.ok(read?.ok)
    assert.deepEqual(read.metadata, {
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      provider: 'youtube',
      title: 'The count, as it happened',
      author: 'Gazette TV',
      authorUrl: 'https://www.youtube.com/@gazette',
      thumbnail: 'dQw4w9WgXcQ.jpg',
      fetched: '2026-12-07T18:00:00Z',
      source: 'oembed',
    })
    const kept = readFileSync(path.join(root, 'content/embeds/youtube/dQw4w9WgXcQ.jpg'))
    // Drawn again, not the provider's file.
    assert.notDeepEqual(kept, readFileSync(path.join(FIXTURES, 'hqdefault.jpg')))
    assert.equal(imageSize(kept).type, 'jpg')
  })

  it('keeps a thumbnail drawn again: nothing appended to the fetched file survives', async () => {
    const fetched = readFileSync(path.join(FIXTURES, 'hqdefault.jpg'))
    const polyglot = Buffer.concat([
      fetched,
      Buffer.from('<script>alert(document.domain)</script>'),
    ])
    const kept = await reencodeThumbnail(polyglot)
    assert.equal(imageSize(kept).type, 'jpg')
    assert.equal(kept.includes('<script'), false)
    await assert.rejects(
      reencodeThumbnail(Buffer.from('<svg onload="alert(1)"/>')),
      /is not a JPEG, PNG or WebP/,
    )
  })

  it('keeps a post’s words as plain text, never its markup or script', async () => {
    const post = await kept('https://x.com/IraqiGov/status/1862000000000000001')
    assert.equal(post.text, 'Counting continues in every province & results come tonight')
    assert.equal(post.published, '2026-12-07')
    assert.equal(post.title, 'Iraqi Government')
  })

  it('reads a Telegram post’s Open Graph tags, and leaves out a thumbnail that is not a picture', async () => {
    const message = await kept('https://t.me/iraq_news_channel/12345')
    assert.equal(message.title, 'Iraq News Channel')
    assert.equal(message.text, 'بيان عن نتائج الفرز الليلة')
    assert.equal(message.thumbnail, undefined)
  })

  it('keeps nothing of an answer too large, a post it may not ask for, or one not found', async () => {
    const root = tempFolder('fetch-embeds')
    await assert.rejects(
      keepEmbed(root, link('https://www.tiktok.com/@baghdad.news/video/7300000000000000000'), NOW),
      /more than 1048576 bytes/,
    )
    const before = asked.length
    await assert.rejects(
      keepEmbed(root, link('https://www.instagram.com/p/C0abcDEF123/'), NOW),
      /needs META_OEMBED_TOKEN/,
    )
    assert.equal(asked.length, before, 'Meta is not asked without its token')
    await assert.rejects(
      keepEmbed(root, link('https://www.youtube.com/watch?v=aaaaaaaaaaa'), NOW),
      /answered 404/,
    )
    assert.ok(!existsSync(path.join(root, 'content/embeds/tiktok')))
  })
})
