/**
 * The page transform: reading pages lose exactly the framework's runtime and gain Speculation
 * Rules; pages with an island keep everything. The shapes below are Next 16's, copied from an
 * exported page; the content tests check the real export.
 */
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import {
  finishedPage,
  needsScripts,
  PAGES_WITH_SCRIPTS,
  pagePath,
  PRERENDER_ONLY_CLIENT_COMPONENTS,
  SPECULATION_RULES,
  withPrintBase,
} from '../../lib/finish/page-html'
import { REPO } from '../support/workspace'
import { styleHashes } from '../../lib/finish/page-policy'

const JSON_LD = '<script type="application/ld+json">{"@context":"https://schema.org"}</script>'
const nextPage = (headExtra = '') =>
  [
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
    '<link rel="stylesheet" href="/_next/static/chunks/2-czq9a28tpk-.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/0cnyn74yxfh4k.js"/>',
    '<script src="/_next/static/chunks/1wnov70f88xjy.js" async=""></script>',
    '<script src="/_next/static/chunks/turbopack-2u1d16houkiyo.js" async=""></script>',
    headExtra,
    '<title>Headline</title>',
    '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>',
    '</head><body><main><h1>Headline</h1><p>Text.</p></main>',
    JSON_LD,
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(["x"])</script>',
    '<script src="/_next/static/chunks/0cnyn74yxfh4k.js" async=""></script>',
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    '<script>self.__next_f.push([1,"0:{\\"P\\":null}\\n"])</script>',
    '</body></html>',
  ].join('')

describe('finished pages', () => {
  it('takes the runtime off a reading page and keeps its markup, styles and structured data', () => {
    const page = finishedPage(nextPage(), '/en/politics/a-story/')
    assert.doesNotMatch(page, /_next\/static\/chunks\/[^"]+\.js/)
    assert.doesNotMatch(page, /__next_f|TURBOPACK/)
    assert.match(page, /<link rel="stylesheet" href="\/_next\/static\/chunks\/2-czq9a28tpk-\.css"/)
    assert.match(page, /<main><h1>Headline<\/h1><p>Text\.<\/p><\/main>/)
    assert.ok(page.includes(JSON_LD))
    assert.ok(page.includes(`<script type="speculationrules">${SPECULATION_RULES}</script></head>`))
  })

  it('drops hydration markers and the search indexer’s attributes, not text that names them', () => {
    const body =
      '<div hidden=""><!--$--><!--/$--></div><article data-pagefind-body="true" data-pagefind-meta="section:Iraq" class="x"><div data-pagefind-ignore="all">By</div><p>Mark text with <code>data-pagefind-body</code>, &lt;!--$--&gt;</p></article><!--$--><!--/$-->'
    const page = finishedPage(
      nextPage().replace('<main><h1>Headline</h1><p>Text.</p></main>', body),
      '/en/x/',
    )
    assert.ok(
      page.includes(
        '<body><article class="x"><div>By</div><p>Mark text with <code>data-pagefind-body</code>, &lt;!--$--&gt;</p></article>',
      ),
    )
    assert.doesNotMatch(page, /<!--/)
  })

  it('drops the twitter: tags that copy Open Graph ones, keeping the card type and alt text', () => {
    const tags = [
      '<meta property="og:title" content="Bridge | Local"/>',
      '<meta property="og:image" content="https://x.example/card.png"/>',
      '<meta name="twitter:card" content="summary_large_image"/>',
      '<meta name="twitter:title" content="Bridge | Local"/>',
      '<meta name="twitter:description" content="Not the same as any og: tag"/>',
      '<meta name="twitter:image" content="https://x.example/card.png"/>',
      '<meta name="twitter:image:alt" content="Bridge"/>',
    ].join('')
    const page = finishedPage(nextPage(tags), '/en/x/')
    assert.ok(
      page.includes(
        '<meta name="twitter:card" content="summary_large_image"/><meta name="twitter:description" content="Not the same as any og: tag"/><meta name="twitter:image:alt" content="Bridge"/>',
      ),
    )
    assert.doesNotMatch(page, /twitter:(title|image")/)
  })

  it('leaves a page with an island as Next wrote it', () => {
    assert.ok(needsScripts('/ar/search/'))
    assert.equal(finishedPage(nextPage(), '/en/search/'), nextPage())
  })

  it("drops Next's font-loader meta wherever the render put it", () => {
    const meta = '<meta name="next-size-adjust" content=""/>'
    const early = finishedPage(nextPage(meta), '/en/')
    const late = finishedPage(nextPage().replace('</head>', `${meta}</head>`), '/en/')
    assert.equal(early, finishedPage(nextPage(), '/en/'))
    assert.equal(late, early)
  })

  it('prerenders only the site’s own pages, not feeds, files or links that open elsewhere', () => {
    const rules = JSON.parse(SPECULATION_RULES) as {
      prerender: { where: { and: unknown[] }; eagerness: string }[]
    }
    assert.equal(rules.prerender[0]?.eagerness, 'moderate')
    assert.deepEqual(rules.prerender[0]?.where.and, [
      { href_matches: '/*' },
      { not: { href_matches: '/*.:extension' } },
      { not: { selector_matches: '[download], [target], [rel~="nofollow"]' } },
    ])
  })

  it('knows the address of a page file', () => {
    assert.equal(pagePath('index.html'), '/')
    assert.equal(pagePath(path.join('en', 'search', 'index.html')), '/en/search/')
    assert.equal(pagePath('404.html'), '/404.html')
  })

  it('accounts for every client component: an island with its pages, or done once prerendered', () => {
    const clientFiles = ['app', 'components', 'lib'].flatMap((folder) =>
      readdirSync(path.join(REPO, folder), { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.tsx?$/.test(file))
        .map((file) => path.join(folder, file).split(path.sep).join('/'))
        .filter((file) =>
          /^\s*['"]use client['"]/.test(readFileSync(path.join(REPO, file), 'utf8')),
        ),
    )
    const accounted = [
      ...PAGES_WITH_SCRIPTS.map(({ component }) => component),
      ...PRERENDER_ONLY_CLIENT_COMPONENTS.map(({ file }) => file),
    ]
    assert.deepEqual(clientFiles.sort(), accounted.sort())
  })
})

describe('the print base', () => {
  it('is the site’s address from the canonical link, in a style element the policy hashes', () => {
    const page =
      '<html><head><link rel="canonical" href="https://news.example.org/en/politics/vote/"/></head><body><p>x</p></body></html>'
    const printed = withPrintBase(page)
    assert.match(
      printed,
      /<style data-print-base="">:root\{--site-url:"https:\/\/news\.example\.org"\}<\/style><\/head>/,
    )
    assert.equal(styleHashes(printed).length, 1)
    // No canonical link (the 404 page): nothing to add.
    assert.equal(
      withPrintBase('<html><head></head><body></body></html>'),
      '<html><head></head><body></body></html>',
    )
  })
})
