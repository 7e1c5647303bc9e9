/**
 * Checks over every file of the exported newsroom: every internal link resolves to a file, no
 * page carries markup that could run script besides the framework's own, and every page has a
 * Content Security Policy that allows exactly its own inline scripts.
 */
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { before, describe, it } from 'node:test'
import { NEW_UPDATES_SCRIPT } from '../../lib/outputs/new-updates-script'
import { EMBED_SCRIPT } from '../../lib/outputs/embed-script'
import { needsScripts, pagePath, SPECULATION_RULES } from '../../lib/finish/page-html'
import { scriptHashes, styleHashes } from '../../lib/finish/page-policy'
import sharp from 'sharp'
import { REPO } from '../support/workspace'
import { buildNewsroom } from '../support/fixture-site'

const BASE_URL = 'https://fixture.example.org'
let out: string
let pages: { file: string; html: string }[]

/** The page without its <script> bodies (Next's inline payload repeats the markup as JSON). */
const withoutScriptBodies = (html: string) => html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/g, '$1</script>')

/** Inline scripts Next writes into every page; anything else inline is a leak. */
const FRAMEWORK_INLINE = [/^\(?self\.__next_f/, /^\(globalThis\["TURBOPACK"\]/]

function resolvesToFile(url: string): boolean {
  const pathname = decodeURIComponent(url.replace(/[?#].*$/, ''))
  const file = path.join(out, pathname)
  if (pathname.endsWith('/')) return existsSync(path.join(file, 'index.html'))
  return existsSync(file) && statSync(file).isFile()
}

describe('every exported page', () => {
  before(() => {
    out = buildNewsroom({ reuse: true }).out
    pages = readdirSync(out, { recursive: true, encoding: 'utf8' })
      // The editors' admin is an application with its own policy (checked below), not a page.
      .filter((file) => file.endsWith('.html') && !file.startsWith('admin/'))
      .map((file) => ({ file, html: readFileSync(path.join(out, file), 'utf8') }))
    assert.ok(pages.length > 50, `found ${pages.length} pages`)
  })

  it('links only to files that exist: pages, images, styles, scripts, canonical and hreflang URLs', () => {
    const broken: string[] = []
    let checked = 0
    for (const { file, html } of pages) {
      const markup = withoutScriptBodies(html)
      for (const match of markup.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        let url = (match[1] ?? '').replaceAll('&amp;', '&')
        if (url.startsWith(BASE_URL)) url = url.slice(BASE_URL.length)
        if (!url.startsWith('/') || url.startsWith('//')) continue
        checked += 1
        if (!resolvesToFile(url)) broken.push(`${file} → ${url}`)
      }
    }
    assert.deepEqual(broken, [])
    assert.ok(checked > 500, `checked ${checked} links`)
  })

  it('has no script but the framework’s, JSON-LD, Speculation Rules, the live page’s island and the embeds’ script, no on* attributes and no javascript: URLs', () => {
    const findings: string[] = []
    for (const { file, html } of pages) {
      for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        const [, attributes = '', body = ''] = match
        const external = /\ssrc="\/_next\/static\/[^"]+"/.test(attributes)
        const jsonLd = /type="application\/ld\+json"/.test(attributes)
        const framework = FRAMEWORK_INLINE.some((pattern) => pattern.test(body))
        const speculation = attributes === ' type="speculationrules"' && body === SPECULATION_RULES
        // A live page's island, exactly as written, on a live page's own address only.
        const island = attributes === '' && body === NEW_UPDATES_SCRIPT && html.includes('"@type":"LiveBlogPosting"')
        // The embeds' script, exactly as written, on a page with an embed only.
        const embeds = attributes === '' && body === EMBED_SCRIPT && html.includes(' data-embed-frame="')
        if (!external && !jsonLd && !framework && !speculation && !island && !embeds) findings.push(`${file}: <script${attributes}>${body.slice(0, 60)}`)
        if (/\ssrc="/.test(attributes) && !external) findings.push(`${file}: script from ${attributes}`)
      }
      const markup = withoutScriptBodies(html)
      for (const match of markup.matchAll(/<[a-z][^>]*\son[a-z]+\s*=/gi)) findings.push(`${file}: ${match[0]}`)
      for (const match of markup.matchAll(/(?:href|src|action|formaction)\s*=\s*"\s*(?:javascript|vbscript|data:text\/html)[^"]*"/gi)) {
        findings.push(`${file}: ${match[0]}`)
      }
      for (const match of markup.matchAll(/<(?:iframe|object|embed)\b[^>]*>/gi)) findings.push(`${file}: ${match[0]}`)
    }
    assert.deepEqual(findings, [])
  })

  it('carries a Content Security Policy that hashes exactly its own inline scripts and styles', () => {
    const problems: string[] = []
    for (const { file, html } of pages) {
      const policy = /<head[^>]*><meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]
      if (!policy) {
        problems.push(`${file}: no policy first in <head>`)
        continue
      }
      const scriptSrc = policy.split('; ').find((directive) => directive.startsWith('script-src ')) ?? ''
      if (/'unsafe-inline'|'unsafe-eval'/.test(scriptSrc)) problems.push(`${file}: ${scriptSrc}`)
      for (const hash of scriptHashes(html)) if (!scriptSrc.includes(hash)) problems.push(`${file}: missing ${hash}`)
      // Styles too: the stylesheet and the page's own style elements by hash, nothing inline besides.
      const styleSrc = policy.split('; ').find((directive) => directive.startsWith('style-src ')) ?? ''
      if (/'unsafe-inline'/.test(styleSrc)) problems.push(`${file}: ${styleSrc}`)
      for (const hash of styleHashes(html)) if (!styleSrc.includes(hash)) problems.push(`${file}: missing style ${hash}`)
    }
    assert.deepEqual(problems, [])
  })

  it('ships no framework code on reading pages: only the search pages keep the runtime', () => {
    const withScripts: string[] = []
    for (const { file, html } of pages) {
      const runtime =
        /<script[^>]*\ssrc=|<link[^>]*rel="(?:preload|modulepreload)"[^>]*as="script"|__next_f/.test(html)
      if (runtime) withScripts.push(pagePath(file))
      // An old address's page sends the reader on at once: nothing to prefetch from it.
      if (html.includes('<meta http-equiv="refresh"')) continue
      const rules = html.split('<script type="speculationrules">').length - 1
      assert.equal(rules, needsScripts(pagePath(file)) ? 0 : 1, `${file}: speculation rules`)
    }
    assert.deepEqual(withScripts.sort(), ['/ar/search/', '/en/search/'])
  })

  it('publishes two files per story, each page small, and no navigation payloads', () => {
    const files = readdirSync(out, { recursive: true, encoding: 'utf8' })
    assert.deepEqual(
      files.filter((file) => /(^|\/)(index|__next\..*)\.txt$/.test(file)),
      [],
      'React Server Component payloads are for a client router no page runs',
    )
    const storyDirs = pages
      .filter(({ html }) => html.includes('<meta property="og:type" content="article"/>'))
      .map(({ file }) => path.dirname(file))
    assert.ok(storyDirs.length > 30, `found ${storyDirs.length} stories`)
    for (const dir of storyDirs) {
      // A live page holds its numbered pages of older updates (page/N/), which share its card,
      // and up to 39 updates a page: its budget is larger.
      const live = readFileSync(path.join(out, dir, 'index.html'), 'utf8').includes('"@type":"LiveBlogPosting"')
      const olderUpdates = /\/page\/\d+$/.test(dir)
      // …and, while it is updated, the updates.json its island asks.
      const beside = live ? ['page', 'updates.json'].filter((name) => existsSync(path.join(out, dir, name))) : []
      const expected = olderUpdates ? ['index.html'] : ['card.png', 'index.html', ...beside]
      assert.deepEqual(readdirSync(path.join(out, dir)).sort(), expected, dir)
      const bytes = statSync(path.join(out, dir, 'index.html')).size
      // A story's own media costs markup of its own: each gallery picture (its grid cell and its
      // full view, both with their widths) and each player.
      const html = readFileSync(path.join(out, dir, 'index.html'), 'utf8')
      const media = 2_000 * (html.match(/<figure id="photo-/g)?.length ?? 0) + 1_500 * (html.match(/<(?:video|audio) /g)?.length ?? 0)
      const budget = (live ? 60_000 : 25_000) + media
      assert.ok(bytes <= budget, `${dir}/index.html is ${bytes} bytes (budget ${budget})`)
    }
  })

  it('serves faces cut to the characters the site shows, each page pointing at files that exist', () => {
    const published = readdirSync(path.join(out, 'fonts'))
    assert.ok(published.length >= 3, published.join(', '))
    for (const file of published) {
      const [, packageName = '', range = ''] = /^(.+?)-(latin|latin-ext|arabic|math|symbols|greek|cyrillic|vietnamese)\.[0-9a-f]{10}\.woff2$/.exec(file) ?? []
      assert.ok(packageName, `${file} is named by package, range and hash`)
      const source = path.join(REPO, 'node_modules', '@fontsource-variable', packageName, 'files', `${packageName}-${range}-wght-normal.woff2`)
      assert.ok(statSync(path.join(out, 'fonts', file)).size < statSync(source).size, `${file} is smaller than ${path.basename(source)}`)
    }
    for (const { file, html } of pages) {
      if (html.includes('<meta http-equiv="refresh"')) continue
      const faces = /<style data-font-faces="">([^<]*)<\/style>/.exec(html)?.[1]
      assert.ok(faces, `${file}: no font faces`)
      for (const [, url = ''] of faces.matchAll(/url\(([^)]+)\)/g)) assert.ok(resolvesToFile(url), `${file}: ${url}`)
    }
  })

  it('offers every picture in WebP widths that exist, never wider than the original', async () => {
    let offered = 0
    for (const { file, html } of pages) {
      if (needsScripts(pagePath(file))) continue
      assert.doesNotMatch(html, /data-sizes=/, `${file}: a size hint left in the page`)
      for (const [, srcset = ''] of html.matchAll(/<source type="image\/webp" srcset="([^"]+)"/g)) {
        for (const candidate of srcset.split(', ')) {
          const [url = '', width = ''] = candidate.split(' ')
          assert.ok(resolvesToFile(url), `${file}: ${url}`)
          const metadata = await sharp(path.join(out, decodeURIComponent(url))).metadata()
          assert.equal(metadata.format, 'webp', url)
          assert.equal(`${metadata.width}w`, width, url)
          offered += 1
        }
      }
    }
    assert.ok(offered > 5, `${offered} WebP widths offered`)
  })

  it("has no font-loader meta from Next, whose place in <head> varied from build to build", () => {
    // If a Next upgrade writes the tag another way, lib/finish/page-html.ts must learn the new form.
    const tagged = pages.filter(({ html }) => withoutScriptBodies(html).includes('next-size-adjust'))
    assert.deepEqual(tagged.map(({ file }) => file), [])
  })

  it('keeps old addresses alive: aliases and the addresses of a story moved to another section', () => {
    const redirects = [
      ['/en/local-news/old-bridge-story/', '/en/local-news/lead-story/'],
      ['/en/politics/culture-story/', '/en/culture/culture-story/'],
      ['/ar/iraq/جسر-النهر/', '/ar/local-news/جسر-النهر/'],
    ]
    for (const [from = '', to = ''] of redirects) {
      const html = readFileSync(path.join(out, from, 'index.html'), 'utf8')
      assert.match(html, new RegExp(`<meta http-equiv="refresh" content="0; url=${encodeURI(to)}">`), from)
      assert.ok(html.includes(`<link rel="canonical" href="${BASE_URL}${encodeURI(to)}">`), from)
      assert.ok(html.includes('<meta name="robots" content="noindex">'), from)
    }
    const hostFile = readFileSync(path.join(out, '_redirects'), 'utf8').trim().split('\n')
    assert.deepEqual(
      hostFile,
      ['/ /en/ 302', ...redirects.map(([from = '', to = '']) => `${encodeURI(from)} ${encodeURI(to)} 301`).sort()],
    )
    // The stories' own pages are untouched, and the list now holds their addresses.
    assert.match(readFileSync(path.join(out, 'en/culture/culture-story/index.html'), 'utf8'), /og:type" content="article"/)
  })

  // The site search cannot list it: Pagefind indexes only pages marked data-pagefind-body.
  it('keeps the editors’ admin out of search engines, sitemaps and feeds', () => {
    const admin = readFileSync(path.join(out, 'admin', 'index.html'), 'utf8')
    assert.match(admin, /<meta name="robots" content="noindex, nofollow">/)
    assert.match(admin, /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval';/)
    assert.match(readFileSync(path.join(out, 'robots.txt'), 'utf8'), /^Disallow: \/admin\/$/m)
    const listings = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter(
      (file) => /\.(xml|json)$/.test(file) && !file.startsWith('admin/') && !file.startsWith('pagefind/'),
    )
    assert.ok(listings.some((file) => file.includes('sitemap')), listings.join(', '))
    for (const file of listings) assert.doesNotMatch(readFileSync(path.join(out, file), 'utf8'), /\/admin\//, file)
    const config = readFileSync(path.join(out, 'admin', 'config.yml'), 'utf8')
    assert.match(config, /^# Written by npm run build from contentlayer\.config\.ts and content\/site\.yml/)
  })

  it('ships security headers for the host', () => {
    const headers = readFileSync(path.join(out, '_headers'), 'utf8')
    assert.match(headers, /Content-Security-Policy: frame-ancestors 'none'/)
    assert.match(headers, /Strict-Transport-Security: max-age=\d+/)
  })
})
