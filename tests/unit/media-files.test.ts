import assert from 'node:assert/strict'
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { checkImageFile } from '../../lib/content/image-files'
import {
  checkMediaFile,
  isoMediaDuration,
  mediaType,
  mp3Duration,
} from '../../lib/content/media-files'
import { formatProblem } from '../../lib/content/problems'
import { validateContent, type ArticleInput } from '../../lib/content/rules'
import { formatDuration, formatMegabytes, isoDuration } from '../../lib/site/format'
import { tempFolder } from '../support/temp-folder'

const FIXTURE = path.join(
  'tests',
  'fixtures',
  'sites',
  'newsroom',
  'content',
  'articles',
  '2026',
  '11',
)
const fixture = (name: string) => readFileSync(path.join(FIXTURE, name))

/** An ISO media file of boxes: ftyp, then moov holding an mvhd of `version`. */
function isoFile(version: 0 | 1, timescale: number, duration: number): Buffer {
  const box = (type: string, body: Buffer) => {
    const header = Buffer.alloc(8)
    header.writeUInt32BE(8 + body.length)
    header.write(type, 4, 'latin1')
    return Buffer.concat([header, body])
  }
  const mvhd = Buffer.alloc(version === 1 ? 112 : 100)
  mvhd[0] = version
  if (version === 1) {
    mvhd.writeUInt32BE(timescale, 20)
    mvhd.writeBigUInt64BE(BigInt(duration), 24)
  } else {
    mvhd.writeUInt32BE(timescale, 12)
    mvhd.writeUInt32BE(duration, 16)
  }
  return Buffer.concat([
    box('ftyp', Buffer.from('M4A \0\0\0\0', 'latin1')),
    box('free', Buffer.alloc(16)),
    box('moov', Buffer.concat([box('mvhd', mvhd), box('trak', Buffer.alloc(8))])),
  ])
}

/** MP3 frames at a constant 128 kbit/s, 44.1 kHz, with no Xing header: 417 bytes each. */
function constantBitRateMp3(frames: number, id3 = false): Buffer {
  const frame = Buffer.alloc(417)
  frame.writeUInt32BE(0xfffb9064)
  const tag = Buffer.from([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 20, ...Array<number>(20).fill(0)])
  return Buffer.concat([...(id3 ? [tag] : []), ...Array<Buffer>(frames).fill(frame)])
}

describe('how long a hosted file plays', () => {
  it('reads MP4 and M4A files from their mvhd box, in either version', () => {
    assert.equal(isoMediaDuration(fixture('count-clip.mp4')), 4)
    assert.equal(isoMediaDuration(isoFile(0, 1000, 65_500)), 65.5)
    assert.equal(isoMediaDuration(isoFile(1, 44_100, 44_100 * 3600)), 3600)
  })

  it('reads MP3 files from their Xing header, or from their bit rate', () => {
    // ffmpeg's encoder writes a Xing/Info header: 7.027 s, as ffprobe says.
    assert.equal(mp3Duration(fixture('minister-interview.mp3'))?.toFixed(3), '7.027')
    // 100 frames of 417 bytes at 128 kbit/s, after an ID3 tag or not: 2.6 s.
    assert.equal(mp3Duration(constantBitRateMp3(100))?.toFixed(2), '2.61')
    assert.equal(mp3Duration(constantBitRateMp3(100, true))?.toFixed(2), '2.61')
  })

  it('reads nothing into a file that is not what its name says', () => {
    for (const bytes of [
      fixture('count-1.jpg'),
      Buffer.from('not a film'),
      Buffer.alloc(0),
      // A box that claims more than the file holds.
      Buffer.from([0, 0, 0, 200, 0x66, 0x74, 0x79, 0x70, 0, 0, 0, 0]),
    ]) {
      assert.equal(isoMediaDuration(bytes), undefined)
      assert.equal(mp3Duration(bytes), undefined)
    }
  })

  it('says it in the edition’s numerals, and as an ISO 8601 duration', () => {
    const english = { locale: 'en-GB', numberingSystem: 'latn' }
    const arabic = { locale: 'ar-IQ', numberingSystem: 'arab' }
    assert.equal(formatDuration(245, english), '4:05')
    assert.equal(formatDuration(3729, arabic), '١:٠٢:٠٩')
    assert.equal(formatDuration(0.2, english), '0:01')
    assert.equal(isoDuration(3729), 'PT1H2M9S')
    assert.equal(isoDuration(7.03), 'PT7S')
    assert.equal(formatMegabytes(1_234_567, english), '1.2 MB')
    assert.equal(mediaType('clip.MP4'), 'video/mp4')
    assert.equal(mediaType('talk.m4a'), 'audio/mp4')
  })
})

describe('a story’s video and audio, checked', () => {
  const root = tempFolder('media-rules')
  const folder = path.join(root, 'content', 'articles', '2026')
  mkdirSync(folder, { recursive: true })
  copyFileSync(path.join(FIXTURE, 'count-clip.mp4'), path.join(folder, 'clip.mp4'))
  copyFileSync(path.join(FIXTURE, 'count-clip.vtt'), path.join(folder, 'clip.vtt'))
  copyFileSync(path.join(FIXTURE, 'count-clip.jpg'), path.join(folder, 'clip.jpg'))
  copyFileSync(path.join(FIXTURE, 'minister-interview.mp3'), path.join(folder, 'talk.mp3'))
  writeFileSync(path.join(folder, 'talk.mp4'), fixture('minister-interview.mp3'))

  const problems = (overrides: Partial<ArticleInput>) =>
    validateContent({
      articles: [
        {
          sourceFile: 'content/articles/2026/story.md',
          slug: 'story',
          title: 'A story',
          summary: 'What happened.',
          date: '2026-11-27T09:30:00+03:00',
          section: 'politics',
          lang: 'en',
          body: { html: '<p>Text.</p>' },
          ...overrides,
        },
      ],
      sections: [
        { sourceFile: 'content/sections/politics.md', slug: 'politics', title: 'Politics' },
      ],
      authors: [],
      pages: [{ sourceFile: 'content/pages/about.md', slug: 'about', title: 'About', lang: 'en' }],
      editions: ['en'],
      root,
      checkImageFile,
      checkMediaFile,
    }).map(formatProblem)

  it('accepts real files of their kind, with captions', () => {
    assert.deepEqual(
      problems({
        video: { src: 'clip.mp4', title: 'The count', captions: 'clip.vtt', poster: 'clip.jpg' },
        audio: { src: 'talk.mp3', title: 'The interview', captions: 'clip.vtt' },
      }),
      [],
    )
  })

  it('warns of a video without captions or anything to show before it plays', () => {
    assert.deepEqual(problems({ video: { src: 'clip.mp4', title: 'The count' } }), [
      'content/articles/2026/story.md: video.src: has no captions: readers who cannot hear it, or read with the sound off, get none of its words; add a WebVTT file as `captions`',
      'content/articles/2026/story.md: video.src: has no poster and the story no lead picture: readers see an empty frame until it plays; add `poster`',
    ])
  })

  it('refuses another kind of file, a missing one, a poster that is no picture, and an empty title', () => {
    assert.deepEqual(
      problems({
        video: { src: 'talk.mp4', title: ' ', captions: 'clip.srt', poster: 'clip.mp4' },
        audio: { src: 'missing.mp3', title: 'The interview' },
      }).sort(),
      [
        'content/articles/2026/story.md: video.title: must say what the video is',
        'content/articles/2026/story.md: video.src: "talk.mp4" is not an MP4 video (H.264 with AAC sound) this site can read (content/articles/2026/talk.mp4): export it again as one',
        'content/articles/2026/story.md: video.captions: "clip.srt" must be a WebVTT file (.vtt)',
        'content/articles/2026/story.md: audio.src: "missing.mp3" does not exist (looked for content/articles/2026/missing.mp3)',
        'content/articles/2026/story.md: video.poster: "clip.mp4" must be a JPEG, PNG, WebP, AVIF or GIF file (.jpg, .jpeg, .png, .webp, .avif, .gif)',
      ].sort(),
    )
  })
})
