/**
 * Edge mode on Cloudflare's runtime (tests/support/serve-edge-archive.ts): the newsroom fixture
 * with `archive: edge`, its export holding the last week, the Worker rendering the rest. The
 * reading-page tests of tests/e2e run against this server too (the `edge-archive` project); these
 * are what only edge mode does.
 */
import { expect, test } from '@playwright/test'
import { SECURITY_HEADERS } from '../../lib/finish/host-files'

/** A story of October (tests/support/fixture-site.ts, addBulkArticles): not in the export. */
const ARCHIVE_STORY = '/en/economy/economy-brief-03/'
/** Last week's breaking story: in the export. */
const EXPORTED_STORY = '/en/politics/breaking-fresh/'

test('a story outside the hot window renders on its first request and comes from the cache after', async ({
  request,
}) => {
  const first = await request.get(ARCHIVE_STORY)
  expect(first.status()).toBe(200)
  const second = await request.get(ARCHIVE_STORY)
  expect(second.status()).toBe(200)
  // Rendered by Next in the Worker (not a file of the export), then kept in R2.
  expect(second.headers()['x-opennext-cache']).toBe('HIT')
  expect(await second.text()).toBe(await first.text())
  expect(await first.text()).toContain('Economy brief number 3')
})

test('a story in the hot window is a file of the export, never the Worker', async ({ request }) => {
  const response = await request.get(EXPORTED_STORY)
  expect(response.status()).toBe(200)
  expect(response.headers()['x-opennext']).toBeUndefined()
  expect(response.headers()['x-opennext-cache']).toBeUndefined()
})

test('the Worker finishes its pages as the build finishes the export: no framework script, a hashed policy, the headers', async ({
  page,
}) => {
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url())
  })
  const response = await page.goto(ARCHIVE_STORY)
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Economy brief number 3')
  expect(scripts).toEqual([])
  const policy = page.locator('meta[http-equiv="Content-Security-Policy"]')
  await expect(policy).toHaveAttribute('content', /script-src 'self' 'wasm-unsafe-eval'/)
  const headers = response?.headers() ?? {}
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    expect(headers[name.toLowerCase()], name).toBe(value)
  expect(headers['x-powered-by']).toBeUndefined()
})

test('an address the archive does not have is refused before Next renders or caches it', async ({
  request,
}) => {
  for (const path of [
    '/en/economy/economy-brief-99/',
    '/en/economy/page/9/',
    '/en/tags/no-such-topic/',
    '/en/no-such-section/some-story/',
  ]) {
    for (const attempt of [1, 2]) {
      const response = await request.get(path)
      expect(response.status(), `${path} (${attempt})`).toBe(404)
      // The 404 page of the export, and no sign of Next or its cache.
      expect(await response.text()).toContain('<html')
      expect(response.headers()['x-opennext'], path).toBeUndefined()
      expect(response.headers()['x-opennext-cache'], path).toBeUndefined()
    }
  }
})

test("the Worker's records are not served to readers", async ({ request }) => {
  for (const path of ['/archive-data/index.json', '/archive-data/0.json']) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(404)
    expect(await response.text()).not.toContain('"shards"')
  }
})

test('listings beyond their first page render on demand', async ({ page }) => {
  const response = await page.goto('/en/economy/page/1/')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('link', { name: /Economy archive note/ }).first()).toBeVisible()
  const topic = await page.goto('/en/authors/ada-reporter/page/1/')
  expect(topic?.status()).toBe(200)
})

test('an Arabic story of the archive renders right to left', async ({ page }) => {
  const response = await page.goto(`/ar/local-news/${encodeURIComponent('جسر-النهر')}/`)
  expect(response?.status()).toBe(200)
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
})

test('search covers the whole archive: a story only the Worker renders is found and opens', async ({
  page,
}) => {
  await page.goto('/en/search/?q=brief')
  const result = page.getByRole('link', { name: 'Economy brief number 3', exact: true })
  await expect(result).toBeVisible()
  await result.click()
  await expect(page).toHaveURL(new RegExp(`${ARCHIVE_STORY}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Economy brief number 3')
})

test("an archive story's share card is its edition's card (cards are drawn for the export only)", async ({
  request,
}) => {
  const card = await request.get(`${ARCHIVE_STORY}card.png`)
  expect(card.status()).toBe(200)
  expect(card.headers()['content-type']).toBe('image/png')
  const edition = await request.get('/en/card.png')
  expect(Buffer.compare(await card.body(), await edition.body())).toBe(0)
  // An exported story keeps its own.
  const own = await request.get(`${EXPORTED_STORY}card.png`)
  expect(own.status()).toBe(200)
  expect(Buffer.compare(await own.body(), await edition.body())).not.toBe(0)
  expect((await request.get('/en/economy/no-such-story/card.png')).status()).toBe(404)
})

test("a replaced site's old addresses lead to their pages with a 301, whether the page is exported or the Worker's", async ({
  request,
}) => {
  const moves: [string, string][] = [
    ['/2026/10/03/economy-brief-three/', '/en/economy/economy-brief-03/'],
    ['/2026/10/03/economy-brief-three', '/en/economy/economy-brief-03/'],
    ['/2026/10/03/economy-brief-three/feed/', '/en/economy/economy-brief-03/'],
    ['/2026/10/03/economy-brief-three/amp/', '/en/economy/economy-brief-03/'],
    ['/?p=3', '/en/economy/economy-brief-03/'],
    ['/breaking/fresh/', '/en/politics/breaking-fresh/'],
    [`/ar/${encodeURIComponent('مقال-الرأي')}/`, '/ar/opinion/opinion-ar/'],
    // As WordPress wrote its links: lower-case escapes.
    [`/ar/${encodeURIComponent('مقال-الرأي').toLowerCase()}/`, '/ar/opinion/opinion-ar/'],
    ['/?page_id=2', '/en/pages/about/'],
  ]
  for (const [from, to] of moves) {
    const response = await request.get(from, { maxRedirects: 0 })
    expect(response.status(), from).toBe(301)
    expect(new URL(response.headers().location ?? '', 'http://x').pathname, from).toBe(to)
  }
  // The root still leads to the edition, whatever else its query says; the unknown stays unknown.
  for (const root of ['/', '/?p=999', '/?utm_source=x']) {
    const response = await request.get(root, { maxRedirects: 0 })
    expect(response.status(), root).toBe(302)
    expect(response.headers().location).toBe('/en/')
  }
  expect((await request.get('/2026/10/03/no-such-story/', { maxRedirects: 0 })).status()).toBe(404)
})
