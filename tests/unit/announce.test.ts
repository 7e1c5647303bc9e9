/**
 * Announcing a deploy (docs/announce.md): which addresses and feeds changed between two exports,
 * and what `npm run announce` sends — to a stand-in for IndexNow and the hub on this machine.
 */
import assert from 'node:assert/strict'
import { once } from 'node:events'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import {
  changedAddresses,
  changedFeeds,
  indexNowRequests,
  sitemapPages,
  sitemapParts,
  webSubPing,
} from '../../lib/outputs/announcements'
import { parseSiteConfig } from '../../lib/site/site-config'
import { announce, keepAnnounced } from '../../tools/announce'
import { tempFolder } from '../support/temp-folder'

const BASE = 'https://news.example.org'
const urlset = (pages: Record<string, string>) =>
  `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${Object.entries(
    pages,
  )
    .map(([page, lastmod]) => `<url><loc>${BASE}${page}</loc><lastmod>${lastmod}</lastmod></url>`)
    .join('')}</urlset>`

describe('what changed between two deploys', () => {
  it('reads a sitemap’s pages with their lastmod, and an index’s parts', () => {
    assert.deepEqual(
      [...sitemapPages(urlset({ '/en/': '2026-11-27T06:00:00Z', '/en/a/?x=1&amp;y=2': '' }))],
      [
        [`${BASE}/en/`, '2026-11-27T06:00:00Z'],
        [`${BASE}/en/a/?x=1&y=2`, ''],
      ],
    )
    assert.deepEqual(
      sitemapParts(
        `<sitemapindex><sitemap><loc>${BASE}/sitemap-1.xml</loc></sitemap><sitemap><loc>${BASE}/sitemap-2.xml</loc></sitemap></sitemapindex>`,
      ),
      [`${BASE}/sitemap-1.xml`, `${BASE}/sitemap-2.xml`],
    )
    assert.deepEqual(sitemapParts(urlset({ '/en/': '' })), [])
  })

  it('announces new, changed and gone pages of the site’s own host, and nothing unchanged', () => {
    const before = new Map([
      [`${BASE}/en/`, '1'],
      [`${BASE}/en/kept/`, '1'],
      [`${BASE}/en/gone/`, '1'],
    ])
    const after = new Map([
      [`${BASE}/en/`, '2'],
      [`${BASE}/en/kept/`, '1'],
      [`${BASE}/en/new/`, '1'],
      ['https://elsewhere.example.com/en/', '1'],
    ])
    assert.deepEqual(changedAddresses(before, after, BASE), [
      `${BASE}/en/`,
      `${BASE}/en/gone/`,
      `${BASE}/en/new/`,
    ])
    assert.deepEqual(changedAddresses(after, after, BASE), [])
  })

  it('sends IndexNow at most 10,000 addresses a request, with the key and where it is', () => {
    const addresses = Array.from({ length: 10_001 }, (_, index) => `${BASE}/en/${index}/`)
    const requests = indexNowRequests(addresses, { baseUrl: BASE, key: 'abcdef0123456789' })
    assert.deepEqual(
      requests.map((request) => request.urlList.length),
      [10_000, 1],
    )
    assert.deepEqual(
      { ...requests[1], urlList: undefined },
      {
        host: 'news.example.org',
        key: 'abcdef0123456789',
        keyLocation: `${BASE}/abcdef0123456789.txt`,
        urlList: undefined,
      },
    )
    assert.deepEqual(indexNowRequests([], { baseUrl: BASE, key: 'abcdef0123456789' }), [])
  })

  it('pings the hub for the feeds whose text changed or that are new', () => {
    const before = new Map([
      ['a', 'same'],
      ['b', 'old'],
    ])
    const after = new Map([
      ['a', 'same'],
      ['b', 'new'],
      ['c', 'first'],
    ])
    assert.deepEqual(changedFeeds(before, after), ['b', 'c'])
    assert.equal(
      webSubPing(`${BASE}/en/feeds/rss.xml`),
      'hub.mode=publish&hub.url=https%3A%2F%2Fnews.example.org%2Fen%2Ffeeds%2Frss.xml',
    )
  })
})

describe('npm run announce', () => {
  type Received = { path: string; type: string; body: string }
  const received: Received[] = []
  let failWith = 0
  let server: Server
  let stand: string

  before(async () => {
    server = createServer((request, response) => {
      let body = ''
      request.on('data', (chunk: Buffer) => (body += chunk.toString()))
      request.on('end', () => {
        received.push({
          path: request.url ?? '',
          type: request.headers['content-type'] ?? '',
          body,
        })
        response.statusCode = failWith || (request.url === '/indexnow' ? 202 : 204)
        response.end()
      })
    })
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    stand = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  after(() => server.close())

  /** An export with the given sitemap and feed texts. */
  function exportWith(name: string, pages: Record<string, string>, feeds: Record<string, string>) {
    const dir = path.join(tempFolder('announce'), name)
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, 'sitemap.xml'), urlset(pages))
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html>')
    for (const [file, text] of Object.entries(feeds)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      writeFileSync(path.join(dir, file), text)
    }
    return dir
  }

  const site = (announceYaml: string) =>
    parseSiteConfig(
      `name: T\nbaseUrl: ${BASE}\ntimeZone: Asia/Baghdad\ndefaultEdition: en\neditions:\n  - { code: en, language: English, locale: en-GB, dir: ltr, name: T, tagline: T, defaultByline: Staff }\n${announceYaml}`,
      'content/site.yml',
    )
  const both = () =>
    site(
      `announce:\n  indexNow:\n    key: fixture0123456789\n    endpoint: ${stand}/indexnow\n  webSubHub: ${stand}/hub\n`,
    )

  const previous = () =>
    exportWith(
      'before',
      { '/en/': '1', '/en/politics/old/': '1', '/en/politics/gone/': '1' },
      { 'en/feeds/rss.xml': 'A', 'en/feeds/politics/rss.xml': 'P' },
    )
  const current = () =>
    exportWith(
      'after',
      { '/en/': '2', '/en/politics/old/': '1', '/en/politics/new/': '1' },
      { 'en/feeds/rss.xml': 'A2', 'en/feeds/politics/rss.xml': 'P', 'ar/feeds/rss.xml': 'R' },
    )

  it('keeps the sitemaps and feeds of an export, nothing else', () => {
    const kept = path.join(tempFolder('announce-kept'), 'kept')
    assert.equal(keepAnnounced(previous(), kept), 3)
    assert.ok(existsSync(path.join(kept, 'sitemap.xml')))
    assert.ok(existsSync(path.join(kept, 'en', 'feeds', 'politics', 'rss.xml')))
    assert.ok(!existsSync(path.join(kept, 'index.html')))
  })

  it('tells IndexNow the changed addresses and the hub the changed feeds, only those', async () => {
    received.length = 0
    const ok = await announce(both(), { before: previous(), out: current(), dryRun: false })
    assert.equal(ok, true)
    assert.deepEqual(received, [
      {
        path: '/indexnow',
        type: 'application/json; charset=utf-8',
        body: JSON.stringify({
          host: 'news.example.org',
          key: 'fixture0123456789',
          keyLocation: `${BASE}/fixture0123456789.txt`,
          urlList: [`${BASE}/en/`, `${BASE}/en/politics/gone/`, `${BASE}/en/politics/new/`],
        }),
      },
      {
        path: '/hub',
        type: 'application/x-www-form-urlencoded',
        body: webSubPing(`${BASE}/ar/feeds/rss.xml`),
      },
      {
        path: '/hub',
        type: 'application/x-www-form-urlencoded',
        body: webSubPing(`${BASE}/en/feeds/rss.xml`),
      },
    ])
  })

  it('sends nothing on a dry run, when nothing changed, or when it is off', async () => {
    received.length = 0
    const out = current()
    assert.equal(await announce(both(), { before: previous(), out, dryRun: true }), true)
    assert.equal(await announce(both(), { before: out, out, dryRun: false }), true)
    assert.equal(await announce(site(''), { before: previous(), out, dryRun: false }), true)
    assert.deepEqual(received, [])
  })

  it('fails when IndexNow or the hub refuses, after trying every request', async () => {
    received.length = 0
    failWith = 403
    try {
      const ok = await announce(both(), { before: previous(), out: current(), dryRun: false })
      assert.equal(ok, false)
      assert.equal(received.length, 3)
    } finally {
      failWith = 0
    }
  })
})
