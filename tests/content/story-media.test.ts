/**
 * A story's own media in the exported newsroom fixture (docs/story-media.md): the gallery, the
 * video and the recording of the fixture's embeds story, all kept beside it.
 */
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { before, describe, it } from 'node:test'
import { buildNewsroom } from '../support/fixture-site'

const STORY = 'en/culture/embeds-story/index.html'
const PAGE = 'https://fixture.example.org/en/culture/embeds-story/'
let out: string
const read = (relative: string) => readFileSync(path.join(out, relative), 'utf8')

/** The page's JSON-LD objects. */
const jsonLd = (html: string): Record<string, unknown>[] =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap(
    (match) => JSON.parse(match[1] ?? '[]') as Record<string, unknown>[],
  )

describe('a gallery', () => {
  before(() => {
    out = buildNewsroom({ reuse: true }).out
  })

  it('shows a grid whose pictures each open full size at their own address', () => {
    const html = read(STORY)
    const gallery = /<section id="gallery"[\s\S]*?<\/section>/.exec(html)?.[0] ?? ''
    assert.ok(gallery, 'the story has a gallery')
    const links = [...gallery.matchAll(/<a href="(#photo-\d)" aria-label="([^"]*)"/g)]
    assert.deepEqual(
      links.map((match) => match.slice(1)),
      [
        ['#photo-1', 'Picture 1 of 3: Officials stack ballot boxes on a table in a school hall'],
        ['#photo-2', 'Picture 2 of 3: Counters hold ballot papers up to the observers'],
        ['#photo-3', 'Picture 3 of 3: A tally sheet pinned to the wall beside the door'],
      ],
    )
    // Each full view: its picture with the alt text, caption and credit, and the ways on.
    const views = [...gallery.matchAll(/<figure id="(photo-\d)"[\s\S]*?<\/figure>/g)]
    assert.deepEqual(
      views.map((match) => match[1]),
      ['photo-1', 'photo-2', 'photo-3'],
    )
    const second = views[1]?.[0] ?? ''
    assert.match(second, /alt="Counters hold ballot papers up to the observers"/)
    assert.match(second, /Each paper is shown to the observers/)
    assert.match(second, /Photo: Sara Ali/)
    assert.match(second, /<a href="#photo-1"[^>]*>Previous<\/a>/)
    assert.match(second, /<a href="#photo-3"[^>]*>Next<\/a>/)
    assert.match(second, /<a href="#gallery"[^>]*>Close<\/a>/)
    assert.doesNotMatch(views[0]?.[0] ?? '', />Previous</, 'the first has none before it')
    assert.doesNotMatch(views[2]?.[0] ?? '', />Next</, 'the last has none after it')
  })

  it('publishes the pictures beside the story in the widths a screen needs', () => {
    const html = read(STORY)
    for (const n of [1, 2, 3]) {
      assert.ok(existsSync(path.join(out, `media/articles/2026/11/count-${n}.jpg`)))
      assert.match(
        html,
        new RegExp(
          `<source type="image/webp" srcset="[^"]*count-${n}[^"]*400w[^"]*" sizes="\\(min-width: 48rem\\) 16rem, 50vw"`,
        ),
      )
    }
    // Nothing full size is fetched with the page: every picture of the gallery waits.
    const images = /<section id="gallery"[\s\S]*?<\/section>/.exec(html)?.[0].match(/<img [^>]*>/g)
    assert.equal(images?.length, 6)
    for (const image of images ?? []) assert.match(image, /loading="lazy"/)
  })

  it('lists the pictures in the structured data, with caption and credit', () => {
    const article = jsonLd(read(STORY)).find((data) => data['@type'] === 'NewsArticle')
    const media = article?.associatedMedia as Record<string, unknown>[] | undefined
    assert.equal(media?.length, 3)
    assert.deepEqual(
      {
        ...media?.[2],
        width: undefined,
        height: undefined,
      },
      {
        '@type': 'ImageObject',
        '@id': `${PAGE}#photo-3`,
        url: `${PAGE}#photo-3`,
        contentUrl: 'https://fixture.example.org/media/articles/2026/11/count-3.jpg',
        width: undefined,
        height: undefined,
        caption: 'The tally, posted at midnight',
        description: 'A tally sheet pinned to the wall beside the door',
        creditText: 'Omar Hassan',
      },
    )
  })
})

describe('a video and a recording the newsroom hosts', () => {
  before(() => {
    out = buildNewsroom({ reuse: true }).out
  })

  it('plays each in the browser’s own player, nothing fetched before play, captions given', () => {
    const html = read(STORY)
    const video = /<video [^>]*>[\s\S]*?<\/video>/.exec(html)?.[0] ?? ''
    assert.match(video, /preload="none"/)
    assert.match(video, /aria-label="The count in the school hall, in four seconds"/)
    assert.match(video, /<source src="\/media\/articles\/2026\/11\/count-clip\.mp4" type="video\/mp4"\/>/)
    assert.match(
      video,
      /<track kind="captions" src="\/media\/articles\/2026\/11\/count-clip\.vtt" srcLang="en" label="English" default=""\/>/,
    )
    // The poster is the build's WebP copy, not the original file.
    assert.match(video, /poster="\/media\/articles\/2026\/11\/count-clip\.320w\.[0-9a-f]+\.webp"/)
    assert.match(html, /<time dateTime="PT4S">0:04<\/time>/)
    const audio = /<audio [^>]*>[\s\S]*?<\/audio>/.exec(html)?.[0] ?? ''
    assert.match(audio, /preload="none"/)
    assert.match(audio, /<source src="\/media\/articles\/2026\/11\/minister-interview\.mp3" type="audio\/mpeg"\/>/)
    assert.match(html, /<time dateTime="PT7S">0:07<\/time>/)
    assert.match(html, /<a href="\/media\/articles\/2026\/11\/count-clip\.vtt" hrefLang="en"[^>]*>Transcript<\/a>/)
    for (const file of ['count-clip.mp4', 'count-clip.vtt', 'count-clip.jpg', 'minister-interview.mp3'])
      assert.ok(existsSync(path.join(out, 'media/articles/2026/11', file)), file)
  })

  it('describes them as a VideoObject and an AudioObject', () => {
    const article = jsonLd(read(STORY)).find((data) => data['@type'] === 'NewsArticle')
    assert.deepEqual(article?.video, {
      '@type': 'VideoObject',
      name: 'The count in the school hall, in four seconds',
      description: "The fixture's story that embeds a video, a post, a channel's message and a map.",
      contentUrl: 'https://fixture.example.org/media/articles/2026/11/count-clip.mp4',
      encodingFormat: 'video/mp4',
      contentSize: '30584',
      uploadDate: '2026-11-19T09:00:00+03:00',
      inLanguage: 'en',
      duration: 'PT4S',
      creditText: 'Fixture Gazette TV',
      caption: {
        '@type': 'MediaObject',
        contentUrl: 'https://fixture.example.org/media/articles/2026/11/count-clip.vtt',
        encodingFormat: 'text/vtt',
        inLanguage: 'en',
      },
      thumbnailUrl: 'https://fixture.example.org/media/articles/2026/11/count-clip.jpg',
    })
    const audio = article?.audio as Record<string, unknown> | undefined
    assert.equal(audio?.['@type'], 'AudioObject')
    assert.equal(audio?.duration, 'PT7S')
    assert.equal(audio?.encodingFormat, 'audio/mpeg')
  })
})
