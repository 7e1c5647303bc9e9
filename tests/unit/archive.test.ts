/**
 * Edge mode's archive (lib/edge/records.ts) and the Worker's handling of a request (lib/edge/worker-handler.ts),
 * with plain documents and a fake Next: which pages the export holds, the records the Worker
 * renders the rest from, and what the Worker does with a request.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  archiveRecords,
  createArchiveStore,
  hotArticleParams,
  hotListingPages,
  INDEX_FILE,
  recordAddress,
  shardCount,
  shardFile,
  shardOf,
  SHARD_TARGET_BYTES,
  takeVersionMarker,
  type ArchiveIndex,
  type ArchiveShard,
} from '../../lib/edge/records'
import { createEdgeSite, PAGE_ASSETS_FILE, REVALIDATE_HEADER } from '../../lib/edge/worker-handler'
import { isolateArchiveStore } from '../../lib/edge/assets'
import { SECURITY_HEADERS } from '../../lib/finish/host-files'
import { OLD_ADDRESS_TABLE, type OldAddressTable } from '../../lib/outputs/old-addresses'
import { createNewsroom, type ArticleDocument } from '../../lib/newsroom/model'

const BUILD = new Date('2026-11-27T12:00:00Z')
const daysBefore = (days: number) => new Date(BUILD.getTime() - days * 86_400_000).toISOString()

function story(slug: string, days: number, overrides: Partial<ArticleDocument> = {}) {
  return {
    slug,
    sourceFile: `content/articles/${slug}.md`,
    lang: 'en',
    section: 'economy',
    title: `Story ${slug}`,
    summary: 'What happened.',
    date: daysBefore(days),
    draft: false,
    featured: false,
    breaking: false,
    readingMinutes: 2,
    body: { html: '<p>Body</p>' },
    ...overrides,
  } satisfies ArticleDocument
}

function newsroom(articles: ArticleDocument[]) {
  return createNewsroom({
    articles,
    sections: [
      {
        slug: 'economy',
        sourceFile: 'content/sections/economy.md',
        title: 'Economy',
        order: 1,
        body: { raw: '' },
      },
      {
        slug: 'sport',
        sourceFile: 'content/sections/sport.md',
        title: 'Sport',
        order: 2,
        body: { raw: '' },
      },
    ],
    authors: [
      { slug: 'ada', sourceFile: 'content/authors/ada.md', name: 'Ada', body: { html: '' } },
    ],
    pages: [],
    editions: ['en'],
    buildTime: BUILD,
    showsUnpublished: false,
    measureImage: () => undefined,
    measureMedia: () => undefined,
  })
}

describe('the hot window (what the export holds in edge mode)', () => {
  const room = newsroom([
    story('today', 0, { tags: ['Oil'], authors: ['ada'] }),
    story('last-week', 6, { tags: ['Oil'] }),
    story('last-year', 365, { tags: ['Dates'], authors: ['ada'] }),
  ])

  it('holds the stories of the last N days, and no older one', () => {
    const slugs = (days: number) => hotArticleParams(room, 'en', days).map((p) => p.article)
    assert.deepEqual(slugs(7), ['today', 'last-week'])
    assert.deepEqual(slugs(1), ['today'])
  })

  it('holds a live page still running however old, and not one that has ended', () => {
    const live = (status: string) => ({ status, updates: [] })
    const withLive = newsroom([
      story('today', 0),
      story('running-since-spring', 200, { live: live('live') }),
      story('ended-in-spring', 200, { live: live('ended') }),
    ])
    assert.deepEqual(
      hotArticleParams(withLive, 'en', 7).map((p) => p.article),
      ['today', 'running-since-spring'],
    )
  })

  it('still holds the newest story in a quiet week (Next refuses a route with no page)', () => {
    const quiet = newsroom([story('old', 40), story('older', 50)])
    assert.deepEqual(
      hotArticleParams(quiet, 'en', 7).map((p) => p.article),
      ['old'],
    )
  })

  it('holds the address of every section, and of the topics and authors with a hot story', () => {
    const pages = (kind: 'section' | 'tag' | 'author') =>
      hotListingPages(room, 'en', kind, 7).map(({ slug, page }) => `${slug}/${page}`)
    // And one /page/N/ of each kind: Next refuses a route with no page.
    assert.deepEqual(pages('section'), ['economy/0', 'sport/0', 'economy/1'])
    assert.deepEqual(pages('tag'), ['oil/0', 'oil/1'])
    assert.deepEqual(pages('author'), ['ada/0', 'ada/1'])
    // "Dates" has only last year's story: the Worker renders its page.
    assert.ok(!hotListingPages(room, 'en', 'tag', 7).some(({ slug }) => slug === 'dates'))
  })

  it('holds the topic of the newest story when no topic has a hot one', () => {
    const quiet = newsroom([
      story('old', 40, { tags: ['Water'] }),
      story('older', 80, { tags: ['Oil'] }),
    ])
    assert.deepEqual(
      hotListingPages(quiet, 'en', 'tag', 7).map(({ slug }) => slug),
      ['water', 'water'],
    )
  })
})

describe("the Worker's records", () => {
  const room = newsroom(
    Array.from({ length: 45 }, (_, index) =>
      story(`brief-${index}`, index * 10, { tags: ['Oil'] }),
    ),
  )
  const records = new Map(archiveRecords(room, ['en']))

  it('hold every story and every page of every listing, under its address', () => {
    assert.equal(records.get('/en/economy/brief-3/')?.kind, 'article')
    for (const address of ['/en/economy/', '/en/economy/page/1/', '/en/tags/oil/page/1/'])
      assert.equal(records.get(address)?.kind, 'listing', address)
    const oldest = records.get('/en/economy/page/1/')
    assert.equal(oldest?.kind === 'listing' && oldest.listing.paged.items[0]?.slug, 'brief-25')
    assert.equal(records.get('/en/economy/page/2/'), undefined)
    // 45 stories; section and topic: the newest 25 and /page/1/; an empty author and sport front
    // and their /page/1/, which points to them.
    assert.equal(records.size, 45 + 2 + 2 + 2 + 2)
  })

  it('are found by the address a reader asks for, encoded or not', () => {
    assert.equal(recordAddress('/en/economy/brief-3'), '/en/economy/brief-3/')
    assert.equal(recordAddress('/ar/%D8%AC%D8%B3%D8%B1/'), '/ar/جسر/')
    assert.equal(recordAddress('/en/tags/oil/page/1'), '/en/tags/oil/page/1/')
    assert.equal(recordAddress('/en/%E0%A4%A/'), undefined)
  })

  it('are spread over shards of about the target size, the same shard for the same address', () => {
    assert.equal(shardCount(10), 1)
    assert.equal(shardCount(SHARD_TARGET_BYTES * 3), 4)
    const shard = shardOf('/en/economy/brief-3/', 8)
    assert.ok(shard >= 0 && shard < 8)
    assert.equal(shardOf('/en/economy/brief-3/', 8), shard)
    assert.notDeepEqual(
      new Set(['/a/', '/b/', '/c/', '/d/', '/e/', '/f/'].map((address) => shardOf(address, 8)))
        .size,
      1,
    )
  })

  it("lose the page's version marker after the Worker has read it", () => {
    const html = '<head><meta name="newsroom-version" content="abc"/><title>x</title></head>'
    assert.deepEqual(takeVersionMarker(html), {
      version: 'abc',
      html: '<head><title>x</title></head>',
    })
    assert.deepEqual(takeVersionMarker('<head></head>'), { html: '<head></head>' })
  })
})

/** An archive of two shards served from memory, as the Worker's ASSETS binding serves files. */
function fakeAssets(oldAddresses?: OldAddressTable) {
  const shards = 2
  const shard: ArchiveShard[] = [{}, {}]
  const address = '/en/economy/old-story/'
  // Only what the Worker reads of a record: its kind, the story's title and the version.
  shard[shardOf(address, shards)] = {
    [address]: { kind: 'article', article: { title: 'Old story' }, version: 'v2' },
  } as unknown as ArchiveShard
  const index: ArchiveIndex = { shards, searchShards: 1, worker: 'worker-test', chrome: {} }
  const files = new Map<string, string>([
    [INDEX_FILE, JSON.stringify(index)],
    [shardFile(0), JSON.stringify(shard[0])],
    [shardFile(1), JSON.stringify(shard[1])],
    [PAGE_ASSETS_FILE, JSON.stringify({ faces: [] })],
    // One search fragment, packed as the build packs Pagefind's.
    [
      '/archive-data/search-0.json',
      JSON.stringify({ 'en_1a2b.pf_fragment': btoa('\u0001\u00ffdata') }),
    ],
    ['/404.html', '<html><body>Not here</body></html>'],
  ])
  if (oldAddresses) files.set(`/${OLD_ADDRESS_TABLE}`, JSON.stringify(oldAddresses))
  const reads: string[] = []
  const readAsset = async (path: string) => {
    reads.push(path)
    const body = files.get(path)
    return body === undefined ? new Response('', { status: 404 }) : new Response(body)
  }
  return { readAsset, reads, address }
}

const page = (version: string, title: string) =>
  `<!DOCTYPE html><html><head><meta name="newsroom-version" content="${version}"/></head><body><h1>${title}</h1><script src="/_next/static/chunks/app.js" async=""></script></body></html>`

describe("the Worker's handling of a request", () => {
  it('answers a replaced site’s addresses with a 301, and the root with its edition', async () => {
    const { readAsset } = fakeAssets({
      root: '/ar/',
      paths: { '/2019/05/جسر/': '/en/economy/old-story/' },
      queries: { 'p=12': '/en/economy/old-story/' },
    })
    const rendered: string[] = []
    const handle = createEdgeSite({
      render: async (request) => {
        rendered.push(request.url)
        return new Response('rendered')
      },
      readAsset,
      revalidationKey: () => 'key',
    })
    const answer = (path: string) => handle(new Request(`https://news.example.org${path}`))
    for (const path of [
      encodeURI('/2019/05/جسر/'),
      `${encodeURI('/2019/05/جسر')}/feed/`,
      '/?p=12',
    ]) {
      const response = await answer(path)
      assert.equal(response.status, 301, path)
      assert.equal(response.headers.get('location'), '/en/economy/old-story/')
    }
    const root = await answer('/?p=13')
    assert.equal(root.status, 302)
    assert.equal(root.headers.get('location'), '/ar/')
    assert.equal((await answer('/2019/05/other/')).status, 404)
    assert.deepEqual(rendered, [])
  })

  it('refuses an address the archive does not have without asking Next', async () => {
    const { readAsset } = fakeAssets()
    const rendered: string[] = []
    const handle = createEdgeSite({
      render: async (request) => {
        rendered.push(request.url)
        return new Response('rendered')
      },
      readAsset,
      revalidationKey: () => 'key',
    })
    for (const path of [
      '/en/economy/no-such-story/',
      '/archive-data/index.json',
      '/en/%E0%A4%A/',
    ]) {
      const response = await handle(new Request(`https://news.example.org${path}`))
      assert.equal(response.status, 404, path)
      assert.match(await response.text(), /Not here/)
    }
    assert.deepEqual(rendered, [])
  })

  it('finishes a page as the build does: the marker and the runtime out, a policy and the headers in', async () => {
    const { readAsset, address } = fakeAssets()
    const handle = createEdgeSite({
      render: async () =>
        new Response(page('v2', 'Old story'), {
          headers: { 'Content-Type': 'text/html; charset=utf-8', 'X-Powered-By': 'Next.js' },
        }),
      readAsset,
      revalidationKey: () => 'key',
    })
    const response = await handle(new Request(`https://news.example.org${address}`))
    const html = await response.text()
    assert.equal(response.status, 200)
    assert.doesNotMatch(html, /newsroom-version|<script src=/)
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'self'/)
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      assert.equal(response.headers.get(name), value, name)
    assert.equal(response.headers.get('X-Powered-By'), null)
  })

  it('renders again a cached page of an older version, with the revalidation key, and only then', async () => {
    const { readAsset, address } = fakeAssets()
    const requests: (string | null)[] = []
    let cached = page('v1', 'Old story, before the correction')
    const handle = createEdgeSite({
      render: async (request) => {
        const key = request.headers.get(REVALIDATE_HEADER)
        requests.push(key)
        if (key === 'key') cached = page('v2', 'Old story')
        return new Response(cached, { headers: { 'Content-Type': 'text/html' } })
      },
      readAsset,
      revalidationKey: () => 'key',
    })
    const first = await (await handle(new Request(`https://news.example.org${address}`))).text()
    assert.match(first, /<h1>Old story<\/h1>/)
    assert.deepEqual(requests, [null, 'key'])
    await handle(new Request(`https://news.example.org${address}`))
    assert.deepEqual(requests, [null, 'key', null])
  })

  it('answers HEAD like GET without a body, and refuses other methods without rendering', async () => {
    const { readAsset, address } = fakeAssets()
    let renders = 0
    const handle = createEdgeSite({
      render: async () => {
        renders += 1
        return new Response(page('v2', 'Old story'), { headers: { 'Content-Type': 'text/html' } })
      },
      readAsset,
      revalidationKey: () => 'key',
    })
    const head = await handle(new Request(`https://news.example.org${address}`, { method: 'HEAD' }))
    assert.equal(head.status, 200)
    assert.equal(await head.text(), '')
    assert.equal(head.headers.get('X-Frame-Options'), SECURITY_HEADERS['X-Frame-Options'])
    const post = await handle(new Request(`https://news.example.org${address}`, { method: 'POST' }))
    assert.equal(post.status, 405)
    assert.equal(renders, 1)
  })

  it("serves the search index's packed fragments as their bytes", async () => {
    const { readAsset } = fakeAssets()
    const handle = createEdgeSite({
      render: async () => new Response('never'),
      readAsset,
      revalidationKey: () => undefined,
    })
    const found = await handle(
      new Request('https://news.example.org/pagefind/fragment/en_1a2b.pf_fragment'),
    )
    assert.equal(found.status, 200)
    assert.deepEqual([...new Uint8Array(await found.arrayBuffer())], [1, 255, 100, 97, 116, 97])
    const missing = await handle(
      new Request('https://news.example.org/pagefind/fragment/en_ffff.pf_fragment'),
    )
    assert.equal(missing.status, 404)
  })

  it('reads each shard once per isolate', async () => {
    const { readAsset, reads, address } = fakeAssets()
    const handle = createEdgeSite({
      render: async () =>
        new Response(page('v2', 'x'), { headers: { 'Content-Type': 'text/html' } }),
      readAsset,
      revalidationKey: () => undefined,
    })
    for (let time = 0; time < 3; time += 1)
      await handle(new Request(`https://news.example.org${address}`))
    assert.equal(reads.filter((path) => path === INDEX_FILE).length, 1)
    assert.equal(
      reads.filter((path) => path.endsWith('.json') && /\/\d+\.json$/.test(path)).length,
      1,
    )
  })

  it('shares one store per isolate between the handler and the routes: a shard is read once for both', async () => {
    const { readAsset, reads, address } = fakeAssets()
    const isolate = globalThis as Record<symbol, unknown>
    const key = Symbol.for('newsroom.archive-store')
    delete isolate[key]
    try {
      // The handler's copy of the module and the routes' copy each ask for the isolate's store.
      const handle = createEdgeSite({
        render: async () => {
          const routes = isolateArchiveStore(readAsset)
          const story = await routes.reader.article('en', 'economy', 'old-story')
          return new Response(page('v2', story?.title ?? 'none'), {
            headers: { 'Content-Type': 'text/html' },
          })
        },
        readAsset,
        store: isolateArchiveStore(readAsset),
        revalidationKey: () => undefined,
      })
      const response = await handle(new Request(`https://news.example.org${address}`))
      assert.match(await response.text(), /<h1>Old story<\/h1>/)
      assert.equal(reads.filter((path) => /\/\d+\.json$/.test(path)).length, 1, reads.join(', '))
      assert.equal(reads.filter((path) => path === INDEX_FILE).length, 1)
    } finally {
      delete isolate[key]
    }
  })

  it('the store answers the routes with the record of their address', async () => {
    const { readAsset } = fakeAssets()
    const { reader } = createArchiveStore(readAsset)
    assert.equal((await reader.article('en', 'economy', 'old-story'))?.title, 'Old story')
    assert.equal(await reader.article('en', 'economy', 'missing'), undefined)
    assert.equal(await reader.version('/en/economy/old-story/'), 'v2')
  })
})
