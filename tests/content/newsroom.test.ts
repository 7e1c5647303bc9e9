/**
 * Builds the newsroom fixture with the real pipeline and checks what the exported folder holds.
 * The same build is then served to the end-to-end tests.
 */
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { before, describe, it } from 'node:test'
import { BUILD_LOG, buildNewsroom } from '../support/fixture-site'

let out: string
let buildLog: string
const read = (relative: string) => readFileSync(path.join(out, relative), 'utf8')
const exists = (relative: string) => existsSync(path.join(out, relative))


describe('the exported newsroom', () => {
  before(() => {
    const workspace = buildNewsroom()
    out = workspace.out
    buildLog = workspace.read(BUILD_LOG)
  })

  it('built without a warning beyond the commented allow-list', () => {
    const allowed = readFileSync(path.join(import.meta.dirname, 'build-log-allow.txt'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'))
      .map((pattern) => new RegExp(pattern))
    const warnings = buildLog
      .split('\n')
      .filter((line) => /warn|⚠|deprecat|error|caution/i.test(line))
      .filter((line) => !allowed.some((pattern) => pattern.test(line.trim())))
    assert.deepEqual(warnings, [])
    assert.match(buildLog, /Site built into out\//)
  })

  it('has a page for every article, section, tag, author and standalone page', () => {
    for (const page of [
      'index.html',
      'en/index.html',
      'en/local-news/lead-story/index.html',
      'en/opinion/opinion-piece/index.html',
      'en/iraq/index.html',
      'en/local-news/index.html',
      'en/economy/page/1/index.html',
      'en/tags/oil-prices/index.html',
      'en/tags/الموصل/index.html',
      'en/authors/ada-reporter/index.html',
      'en/pages/about/index.html',
      '404.html',
    ]) {
      assert.ok(exists(page), `${page} should exist`)
    }
    assert.equal(exists('en/economy/page/2/index.html'), false)
  })

  it('publishes images kept beside an article', () => {
    assert.ok(exists('media/articles/2026/11/bridge.png'))
    assert.match(read('en/local-news/lead-story/index.html'), /<img src="\/media\/articles\/2026\/11\/bridge\.png" alt="A drawing of a bridge for the fixture" width="320" height="180"/)
  })

  it('marks every page with its edition’s language and direction', () => {
    for (const page of ['en/index.html', 'en/local-news/lead-story/index.html', 'en/tags/الموصل/index.html']) {
      assert.match(read(page), /<html lang="en" dir="ltr"/, page)
    }
  })

  it('renders the Arabic edition right-to-left, Arabic file names and tags included', () => {
    for (const page of ['ar/index.html', 'ar/local-news/جسر-النهر/index.html', 'ar/tags/أسعار-النفط/index.html', 'ar/pages/about/index.html']) {
      assert.match(read(page), /<html lang="ar" dir="rtl"/, page)
    }
  })

  it('lists every edition’s pages in sitemap.xml with reciprocal hreflang for translations', () => {
    const xml = read('sitemap.xml')
    const entry = (loc: string) => new RegExp(`<url>\\s*<loc>${loc.replace(/[.?]/g, '\\$&')}</loc>([\\s\\S]*?)</url>`).exec(xml)?.[1] ?? ''
    const english = 'https://fixture.example.org/en/local-news/lead-story/'
    const arabic = `https://fixture.example.org/ar/local-news/${encodeURIComponent('جسر-النهر')}/`
    for (const loc of [english, arabic]) {
      const links = entry(loc)
      assert.match(links, new RegExp(`hreflang="en" href="${english}"`), loc)
      assert.match(links, new RegExp(`hreflang="ar" href="${arabic}"`), loc)
      assert.match(links, new RegExp(`hreflang="x-default" href="${english}"`), loc)
    }
    assert.match(entry(english), /<lastmod>2026-11-21T07:30:00\.000Z<\/lastmod>/)
    assert.match(xml, /<loc>https:\/\/fixture\.example\.org\/ar\/<\/loc>/)
    assert.match(xml, /<loc>https:\/\/fixture\.example\.org\/en\/tags\/oil-prices\/<\/loc>/)
  })

  it('titles articles "Headline | Section | Site" with an absolute canonical URL', () => {
    const html = read('en/local-news/lead-story/index.html')
    assert.match(html, /<title>Fixture lead story about the river bridge \| Local News \| Fixture Gazette<\/title>/)
    assert.match(html, /<link rel="canonical" href="https:\/\/fixture\.example\.org\/en\/local-news\/lead-story\/"/)
    assert.match(html, /<meta name="description" content="The featured fixture story that leads the front page\."/)
  })

  it('strips script, event handlers, frames and javascript: links from article bodies', () => {
    const html = read('en/local-news/lead-story/index.html')
    assert.match(html, /Raw HTML paragraph with an event handler\./)
    assert.doesNotMatch(html, /onclick|onerror|__xss = |<iframe|evil\.example\.org/)
    assert.doesNotMatch(html, /href="\s*javascript:/i)
  })

  it('sends the root address to the default edition without JavaScript', () => {
    assert.match(read('index.html'), /<meta http-equiv="refresh" content="0; url=\/en\/"/)
  })

  it('has a real 404 page', () => {
    const html = read('404.html')
    assert.match(html, /<html lang="en"/)
    assert.match(html, /Page not found/)
    // Kept out of search engines, said once.
    assert.equal(html.match(/<meta name="robots" content="noindex"\/>/g)?.length, 1)
  })

  it('shows only breaking stories from the day before the build in the strip', () => {
    const html = read('en/index.html')
    const strip = /<aside aria-label="Breaking"[\s\S]*?<\/aside>/.exec(html)?.[0] ?? ''
    assert.match(strip, /Fixture breaking story from this morning/)
    assert.doesNotMatch(strip, /from last week/)
  })

  it('numbers a listing’s older pages from the oldest story, and points /page/1/ home until it has two full pages', () => {
    // 44 economy stories: the twenty oldest on /page/1/, the newer twenty-four on the front.
    const oldest = read('en/economy/page/1/index.html')
    assert.match(oldest, />Economy archive note 20</)
    assert.match(oldest, />Economy archive note 1</)
    assert.doesNotMatch(oldest, /Economy brief number/)
    assert.match(oldest, /1 September 2026 to 20 September 2026/)
    const front = read('en/economy/index.html')
    assert.match(front, />Economy brief number 1</)
    assert.doesNotMatch(front, /Economy archive note/)
    assert.match(front, /href="\/en\/economy\/page\/1\/" rel="next"/)
    assert.match(read('en/tags/oil-prices/page/1/index.html'), /<meta http-equiv="refresh" content="0; url=\/en\/tags\/oil-prices\/"/)
  })
})

describe('a live page (content/live/vote-count/: 45 updates, a draft and a scheduled one)', () => {
  const LIVE = 'en/politics/vote-count'
  const ARABIC = 'ar/politics/فرز-الاصوات'
  /** The updates' file names as the page lists them, top to bottom (the pinned copy has no id). */
  const listed = (html: string) => [...html.matchAll(/<article id="update-([^"]+)"/g)].map((match) => match[1])
  const numbers = (from: number, to: number) =>
    Array.from({ length: from - to + 1 }, (_, index) => {
      const n = from - index
      return n < 40 ? `update-${String(n).padStart(2, '0')}` : `update-${n}`
    })

  before(() => {
    out = buildNewsroom().out
  })

  it('lists its updates newest first: the newest 25 at its address, the oldest 20 on page/1/, which keeps them', () => {
    const own = read(`${LIVE}/index.html`)
    assert.deepEqual(listed(own), numbers(45, 21))
    assert.deepEqual(listed(read(`${LIVE}/page/1/index.html`)), numbers(20, 1))
    assert.equal(exists(`${LIVE}/page/2/index.html`), false)
    assert.match(own, /href="\/en\/politics\/vote-count\/page\/1\/" rel="next"/)
    assert.match(own, />45 updates</)
    assert.match(own, /Fixture text above the updates/)
  })

  it('never shows a draft or scheduled update', () => {
    for (const page of [`${LIVE}/index.html`, `${LIVE}/page/1/index.html`]) {
      assert.doesNotMatch(read(page), /Fixture draft update|Fixture scheduled update|draft-update|scheduled-update/)
    }
  })

  it('keeps the pinned update on top of its own address, and in its place', () => {
    const full = read(`${LIVE}/index.html`)
    // The page's body, past the JSON-LD (which names every update of the page too).
    const own = full.slice(full.indexOf('</script>', full.indexOf('application/ld+json')))
    const pinned = own.indexOf('The pinned update')
    assert.ok(pinned > 0 && pinned < own.indexOf('id="update-update-45"'), 'pinned above the newest update')
    assert.ok(own.indexOf('The pinned update', pinned + 1) > own.indexOf('id="update-update-41"'), 'and in its place')
    assert.doesNotMatch(read(`${LIVE}/page/1/index.html`), /The pinned update/)
  })

  it('links each key event to its update, on the page that holds it', () => {
    const own = read(`${LIVE}/index.html`)
    const section = /<nav aria-labelledby="key-events"[\s\S]*?<\/nav>/.exec(own)?.[0] ?? ''
    const links = [...section.matchAll(/href="([^"]+)"/g)].map((match) => match[1] ?? '')
    assert.deepEqual(links, [
      '/en/politics/vote-count/#update-update-44',
      '/en/politics/vote-count/#update-update-25',
      '/en/politics/vote-count/page/1/#update-update-05',
    ])
    for (const link of links) {
      const [address = '', anchor = ''] = link.split('#')
      assert.match(read(`${address.slice(1)}index.html`), new RegExp(`<article id="${anchor}"`), link)
    }
  })

  it('describes each page as a LiveBlogPosting whose updates carry their anchors', () => {
    const blog = (html: string) =>
      [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)]
        .flatMap((match) => [JSON.parse(match[1] ?? '')].flat() as Record<string, unknown>[])
        .find((item) => item['@type'] === 'LiveBlogPosting')
    const own = blog(read(`${LIVE}/index.html`))
    assert.ok(own, 'a LiveBlogPosting')
    assert.equal(own.coverageStartTime, '2026-11-26T08:00:00+03:00')
    assert.equal(own.coverageEndTime, undefined)
    const updates = own.liveBlogUpdate as { '@id': string; datePublished: string }[]
    assert.equal(updates.length, 25)
    assert.equal(updates[0]?.['@id'], 'https://fixture.example.org/en/politics/vote-count/#update-update-45')
    const ended = blog(read(`${ARABIC}/index.html`))
    assert.equal(ended?.coverageEndTime, '2026-11-26T20:00:00+03:00')
  })

  it('says Live on its teasers while it is updated, and Ended once it is not', () => {
    const section = read('en/politics/index.html')
    assert.match(section, /Live<\/span><a href="\/en\/politics\/"[^>]*>Politics<\/a><\/p>[\s\S]{0,400}Fixture live page: the vote count/)
    const arabic = read(`${ARABIC}/index.html`)
    assert.match(arabic, />انتهت التغطية</)
    assert.doesNotMatch(read('ar/politics/index.html'), />مباشر</)
  })

  it('is one feed entry, updated with its newest update', () => {
    const feed = JSON.parse(read('en/feeds/politics/feed.json')) as {
      items: { url: string; date_modified?: string; content_html: string }[]
    }
    const entry = feed.items.find((item) => item.url.endsWith('/en/politics/vote-count/'))
    assert.ok(entry, 'the live page is in its section’s feed')
    assert.equal(new Date(entry.date_modified ?? '').toISOString(), '2026-11-27T03:00:00.000Z')
    assert.match(entry.content_html, /Fixture update number 45 of the vote count/)
    assert.doesNotMatch(entry.content_html, /Fixture update number 44/)
  })
})
