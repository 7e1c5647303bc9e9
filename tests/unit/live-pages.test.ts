/**
 * What a live page's files must be (lib/content/rules.ts, build/content/scan-content.ts): every
 * mistake reported with the file and field to fix, like every other content error.
 */
import assert from 'node:assert/strict'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { gzipSync } from 'node:zlib'
import { scanContent } from '../../build/content/scan-content'
import { mediaInUse } from '../../build/stages/media'
import { NEW_UPDATES_SCRIPT } from '../../lib/outputs/new-updates-script'
import type { LiveCoverage, LiveUpdateDocument } from '../../lib/content/documents'
import { formatProblem } from '../../lib/content/problems'
import { validateContent, type ArticleInput, type ContentInput } from '../../lib/content/rules'
import { checkImageFile } from '../../lib/content/image-files'
import { checkMediaFile } from '../../lib/content/media-files'
import { runningLivePages } from '../../lib/content/live-pages'
import { tempFolder } from '../support/temp-folder'
import { workspaceAt } from '../support/workspace'

const PAGE = 'content/live/vote-count/index.md'

const update = (slug: string, fields: Partial<LiveUpdateDocument> = {}): LiveUpdateDocument => ({
  slug,
  live: 'vote-count',
  sourceFile: `content/live/vote-count/updates/${slug}.md`,
  time: '2026-11-26T09:00:00+03:00',
  keyEvent: false,
  draft: false,
  body: { html: '<p>What happened.</p>' },
  ...fields,
})

function problems(live: Partial<LiveCoverage>): string[] {
  const root = tempFolder('live-rules')
  mkdirSync(path.join(root, 'content'), { recursive: true })
  const page: ArticleInput = {
    sourceFile: PAGE,
    slug: 'vote-count',
    title: 'The vote count',
    summary: 'Live.',
    date: '2026-11-26T08:00:00+03:00',
    section: 'politics',
    lang: 'en',
    live: { status: 'live', updates: [], ...live },
  }
  const input: ContentInput = {
    articles: [page],
    sections: [{ sourceFile: 'content/sections/politics.md', slug: 'politics', title: 'Politics' }],
    authors: [{ sourceFile: 'content/authors/ada.md', slug: 'ada', name: 'Ada' }],
    pages: [{ sourceFile: 'content/pages/about.md', slug: 'about', title: 'About', lang: 'en' }],
    editions: ['en'],
    root,
    checkImageFile,
    checkMediaFile,
  }
  return validateContent(input).map(formatProblem)
}

describe('a live page’s rules', () => {
  it('accepts a live page with good updates', () => {
    assert.deepEqual(problems({ updates: [update('a'), update('b', { author: 'ada' })] }), [])
  })

  it('accepts an update named as the web admin names it (minute and a short random id)', () => {
    assert.deepEqual(problems({ updates: [update('2026-12-07-1830-3f9a0c2e')] }), [])
  })

  it('names the update file and field of each mistake', () => {
    const found = problems({
      pinned: 'nowhere',
      updates: [
        update('early', { time: '2026-11-25T09:00:00+03:00' }),
        update('no-offset', { time: '2026-11-26' }),
        update('key', { keyEvent: true }),
        update('someone', { author: 'nobody' }),
        update('empty', { body: { html: '' } }),
        update('picture', { body: { html: '<p><img src="queue.jpg" alt="The queue"></p>' } }),
        update('link', { body: { html: '<p><a href="/en/politics/no-such-story/">x</a></p>' } }),
      ],
    })
    const expect = (file: string, field: string, message: RegExp) =>
      assert.ok(
        found.some((line) => line.startsWith(`${file}: ${field}: `) && message.test(line)),
        `${file}: ${field}: ${message}\n${found.join('\n')}`,
      )
    const at = (slug: string) => `content/live/vote-count/updates/${slug}.md`
    expect(at('early'), 'time', /before the coverage began/)
    expect(at('no-offset'), 'time', /add the time and the offset/)
    expect(at('key'), 'title', /is needed for a key event/)
    expect(at('someone'), 'author', /"nobody" is not an author/)
    expect(at('empty'), 'body', /must not be empty/)
    // An update's pictures and links are checked like a story's, beside the update's file.
    expect(
      at('picture'),
      'body',
      /"queue\.jpg" does not exist \(looked for content\/live\/vote-count\/updates\/queue\.jpg\)/,
    )
    expect(at('link'), 'body', /links to \/en\/politics\/no-such-story\/, which is no page/)
    expect(PAGE, 'pinned', /"nowhere" is not one of this page's updates/)
  })

  it('refuses an end without status: ended, status: ended without an end, and updates after it', () => {
    assert.match(
      problems({ ended: '2026-11-26T20:00:00+03:00' }).join('\n'),
      /ended: is set while the status is live/,
    )
    assert.match(
      problems({ status: 'ended' }).join('\n'),
      /ended: is needed once the status is ended/,
    )
    assert.match(problems({ status: 'over' }).join('\n'), /status: "over" is not live or ended/)
    const late = problems({
      status: 'ended',
      ended: '2026-11-26T20:00:00+03:00',
      updates: [update('late', { time: '2026-11-26T21:00:00+03:00' })],
    })
    assert.match(late.join('\n'), /late\.md: time: .* is after the coverage ended/)
  })

  it('refuses two updates whose file names are one id', () => {
    const found = problems({ updates: [update('polls-close'), update('Polls-Close')] })
    assert.match(
      found.join('\n'),
      /polls-close\.md: file name: slug "polls-close" is used by another update of this page/,
    )
  })
})

describe('files in content/live/', () => {
  it('refuses a markdown file that is neither a live page nor an update, and an update without its page', () => {
    const root = tempFolder('live-scan')
    const site = workspaceAt(root)
    site.write('content/live/notes.md', '---\ntitle: x\n---\n')
    site.write('content/live/vote-count/notes.md', '---\ntitle: x\n---\n')
    site.write(
      'content/live/orphan/updates/a.md',
      '---\ntime: 2026-11-26T09:00:00+03:00\n---\nText.\n',
    )
    const found = scanContent(root).problems.map(formatProblem).join('\n')
    assert.match(
      found,
      /content\/live\/notes\.md: .*is not read: a live page is content\/live\/<name>\/index\.md/,
    )
    assert.match(found, /content\/live\/vote-count\/notes\.md: .*is not read/)
    assert.match(
      found,
      /content\/live\/orphan\/updates\/a\.md: .*content\/live\/orphan\/index\.md is missing/,
    )
  })
})

describe('the live page’s island', () => {
  it('stays within 3 KiB gzipped, and is plain script', () => {
    const bytes = gzipSync(NEW_UPDATES_SCRIPT).length
    assert.ok(bytes <= 3 * 1024, `${bytes} bytes gzipped`)
    assert.doesNotMatch(NEW_UPDATES_SCRIPT, /\bimport\b|\brequire\(/)
    // It parses as a script on its own.
    assert.doesNotThrow(() => new Function(NEW_UPDATES_SCRIPT))
  })
})

describe('the live pages the admin files updates for', () => {
  const story = (sourceFile: string, status?: string) =>
    ({
      sourceFile,
      title: sourceFile,
      lang: 'en',
      ...(status ? { live: { status, updates: [] } } : {}),
    }) as unknown as Parameters<typeof runningLivePages>[0][number]

  it('are the live pages still running, by the folder their updates go in', () => {
    assert.deepEqual(
      runningLivePages([
        story('content/live/vote-count/index.md', 'live'),
        story('content/live/budget-vote/index.md', 'ended'),
        story('content/articles/2026/11/bridge.md'),
      ]),
      [{ folder: 'vote-count', title: 'content/live/vote-count/index.md', lang: 'en' }],
    )
  })
})

describe('the pictures of a live page’s updates', () => {
  it('are published with a published update, not with a draft one', () => {
    const root = tempFolder('live-media')
    const folder = path.join(root, 'content', 'live', 'vote-count', 'updates')
    mkdirSync(folder, { recursive: true })
    for (const name of ['queue.png', 'held.png']) writeFileSync(path.join(folder, name), 'png')
    const picture = (slug: string, src: string, draft: boolean) => ({
      ...update(slug, { draft, body: { html: `<p><img src="${src}" alt="x"></p>` } }),
    })
    const media = mediaInUse(
      root,
      {
        articles: [
          {
            sourceFile: PAGE,
            draft: false,
            date: '2026-11-26T08:00:00+03:00',
            body: { html: '' },
            live: { updates: [picture('a', 'queue.png', false), picture('b', 'held.png', true)] },
          },
        ],
        authors: [],
      },
      { buildTime: new Date('2026-11-27T12:00:00Z'), includeUnpublished: false },
    )
    assert.deepEqual(media, ['content/live/vote-count/updates/queue.png'])
  })
})
