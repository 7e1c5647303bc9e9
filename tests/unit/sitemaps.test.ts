import assert from 'node:assert/strict'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import {
  newsSitemapXml,
  sitemapEntryBytes,
  sitemapIndexXml,
  sitemapParts,
  urlsetXml,
  type SitemapSource,
} from '../../lib/outputs/sitemaps'
import { feedArticle, SITE } from './discovery-fixtures'
import { dropEmptyNewsSitemaps, isEmptyUrlset } from '../../lib/finish/news-sitemaps'
import { tempFolder } from '../support/temp-folder'

const entries: SitemapSource[] = [
  {
    path: '/en/',
    lastModified: '2026-11-27T09:00:00+03:00',
    alternates: { en: '/en/', ar: '/ar/' },
  },
  { path: '/en/politics/', lastModified: '2026-11-26T09:00:00+03:00', alternates: {} },
  {
    path: '/ar/',
    lastModified: '2026-11-25T09:00:00+03:00',
    alternates: { en: '/en/', ar: '/ar/' },
  },
]

describe('sitemaps', () => {
  it('keeps up to the limit in one file and splits beyond it', () => {
    assert.equal(sitemapParts(entries).length, 1)
    assert.deepEqual(
      sitemapParts(entries, { maxUrls: 2 }).map((part) => part.length),
      [2, 1],
    )
    assert.deepEqual(sitemapParts([], { maxUrls: 2 }), [[]])
  })

  it('splits by size too, so no file passes a host’s or a search engine’s size limit', async () => {
    const base = 'https://gazette.example'
    const sizes = entries.map((entry) => sitemapEntryBytes(entry, base))
    // Each estimate is at least what the entry really takes in the written file.
    for (const [index, entry] of entries.entries()) {
      const one = await urlsetXml({ baseUrl: base, defaultEdition: 'en' }, [entry])
      const two = await urlsetXml({ baseUrl: base, defaultEdition: 'en' }, [entry, entry])
      assert.ok(
        (sizes[index] ?? 0) >= Buffer.byteLength(two) - Buffer.byteLength(one),
        `entry ${index}`,
      )
    }
    const limit = (sizes[0] ?? 0) + (sizes[1] ?? 0)
    assert.deepEqual(
      sitemapParts(entries, {
        maxBytes: limit,
        bytesOf: (entry) => sitemapEntryBytes(entry, base),
      }).map((part) => part.length),
      [2, 1],
    )
  })

  it('lists each page with lastmod and reciprocal hreflang links, x-default on the default edition', async () => {
    const xml = await urlsetXml(SITE, entries)
    assert.match(
      xml,
      /<url><loc>https:\/\/news\.example\.org\/en\/<\/loc><lastmod>2026-11-27T06:00:00\.000Z<\/lastmod>/,
    )
    assert.match(xml, /hreflang="ar" href="https:\/\/news\.example\.org\/ar\/"/)
    assert.match(xml, /hreflang="x-default" href="https:\/\/news\.example\.org\/en\/"/)
    // A page with no translation carries no hreflang links.
    assert.match(
      xml,
      /<loc>https:\/\/news\.example\.org\/en\/politics\/<\/loc><lastmod>[^<]+<\/lastmod><\/url>/,
    )
  })

  it('indexes the parts with the newest lastmod inside each', async () => {
    const xml = await sitemapIndexXml(SITE, [
      { path: '/sitemaps/pages-1.xml', entries: entries.slice(0, 2) },
      { path: '/sitemaps/pages-2.xml', entries: entries.slice(2) },
    ])
    assert.match(
      xml,
      /<sitemap><loc>https:\/\/news\.example\.org\/sitemaps\/pages-1\.xml<\/loc><lastmod>2026-11-27T06:00:00\.000Z<\/lastmod><\/sitemap>/,
    )
    assert.match(xml, /pages-2\.xml<\/loc><lastmod>2026-11-25T06:00:00\.000Z/)
  })

  it('writes news entries with publication, date and an escaped title', async () => {
    const xml = await newsSitemapXml(SITE, { name: 'The Test Chronicle', language: 'en' }, [
      feedArticle(),
    ])
    assert.match(
      xml,
      /<news:publication><news:name>The Test Chronicle<\/news:name><news:language>en<\/news:language><\/news:publication>/,
    )
    assert.match(xml, /<news:publication_date>2026-11-27T09:00:00\+03:00<\/news:publication_date>/)
    assert.match(xml, /<news:title>Bridge opens &amp; traffic &lt;flows&gt;<\/news:title>/)
  })

  it('writes an empty news sitemap when nothing was published in the window', async () => {
    const xml = await newsSitemapXml(SITE, { name: 'X', language: 'en' }, [])
    assert.match(xml, /<urlset [^>]*><\/urlset>$/)
  })
})

describe('a quiet news sitemap', () => {
  const ROBOTS =
    'User-Agent: *\nAllow: /\n\nSitemap: https://news.example.org/sitemap.xml\nSitemap: https://news.example.org/sitemaps/news-en.xml\nSitemap: https://news.example.org/sitemaps/news-ar.xml\n'

  it('is left out of the export and of robots.txt; one with news stays', async () => {
    const dir = tempFolder('news-sitemaps')
    mkdirSync(path.join(dir, 'sitemaps'))
    const empty = await newsSitemapXml(SITE, { name: 'Gazette', language: 'en' }, [])
    assert.ok(isEmptyUrlset(empty))
    writeFileSync(path.join(dir, 'sitemaps', 'news-en.xml'), empty)
    const withNews = await newsSitemapXml(SITE, { name: 'Gazette', language: 'ar' }, [
      feedArticle(),
    ])
    assert.ok(!isEmptyUrlset(withNews))
    writeFileSync(path.join(dir, 'sitemaps', 'news-ar.xml'), withNews)
    writeFileSync(path.join(dir, 'robots.txt'), ROBOTS)
    assert.deepEqual(dropEmptyNewsSitemaps(dir, ['en', 'ar']), ['/sitemaps/news-en.xml'])
    assert.ok(!existsSync(path.join(dir, 'sitemaps', 'news-en.xml')))
    assert.ok(existsSync(path.join(dir, 'sitemaps', 'news-ar.xml')))
    assert.equal(
      readFileSync(path.join(dir, 'robots.txt'), 'utf8'),
      ROBOTS.replace('Sitemap: https://news.example.org/sitemaps/news-en.xml\n', ''),
    )
  })
})
