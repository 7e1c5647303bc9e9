import { expect, test } from '@playwright/test'
import { SECURITY_HEADERS, CACHE } from '../../lib/finish/host-files'

/**
 * What a host does with the export, run against the plain static server (project host-static)
 * and against Cloudflare's runtime, workerd through wrangler (project host-edge): both read the
 * `_headers` and `_redirects` the build writes.
 */
const ARABIC_ARTICLE = `/ar/local-news/${encodeURIComponent('جسر-النهر')}/`
const ARABIC_TAG = `/ar/tags/${encodeURIComponent('الموصل')}/`
const PAGES = ['/en/', '/en/local-news/lead-story/', ARABIC_ARTICLE, ARABIC_TAG, '/en/search/']

test('the root is a real 302 to the default edition', async ({ request }) => {
  const response = await request.get('/', { maxRedirects: 0 })
  expect(response.status()).toBe(302)
  expect(response.headers().location).toMatch(/\/en\/$/)
})

test('an old address is a permanent redirect to its story', async ({ request }) => {
  const response = await request.get('/en/local-news/old-bridge-story/', { maxRedirects: 0 })
  expect(response.status()).toBe(301)
  expect(response.headers().location).toMatch(/\/en\/local-news\/lead-story\/$/)
})

test('an unknown address answers 404 with the site’s 404 page', async ({ request }) => {
  const response = await request.get('/en/no-such-story/')
  expect(response.status()).toBe(404)
  expect(await response.text()).toContain('<html')
  expect(response.headers()['content-type']).toMatch(/text\/html/)
})

test('every page carries the security headers', async ({ request }) => {
  for (const address of [...PAGES, '/en/no-such-story/']) {
    const headers = (await request.get(address)).headers()
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(headers[name.toLowerCase()], `${address} ${name}`).toContain(value)
  }
})

test('hashed assets are immutable; pages are revalidated', async ({ request }) => {
  const page = await (await request.get('/en/')).text()
  const stylesheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(page)?.[1]
  expect(stylesheet).toBeTruthy()
  const asset = await request.get(stylesheet ?? '')
  expect(asset.status()).toBe(200)
  expect(asset.headers()['cache-control']).toBe(CACHE.immutable)
  const face = /url\((\/fonts\/[^)]+\.woff2)\)/.exec(page)?.[1]
  expect((await request.get(face ?? '')).headers()['cache-control']).toBe(CACHE.immutable)
  expect((await request.get('/en/')).headers()['cache-control'] ?? '').not.toContain('immutable')
})

test('Arabic addresses and an Arabic tag page load', async ({ page }) => {
  for (const address of [ARABIC_ARTICLE, ARABIC_TAG]) {
    const response = await page.goto(address)
    expect(response?.status(), address).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  }
})

test('feeds are served as XML and JSON', async ({ request }) => {
  const rss = await request.get('/en/feeds/rss.xml')
  expect(rss.status()).toBe(200)
  expect(rss.headers()['content-type']).toMatch(/xml/)
  expect(await rss.text()).toContain('<rss')
  const json = await request.get('/ar/feeds/feed.json')
  expect(json.headers()['content-type']).toMatch(/json/)
})

test('pages run under their policies without a violation', async ({ page }) => {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`violation: ${event.violatedDirective}`),
    ),
  )
  for (const address of PAGES) await page.goto(address)
  expect(problems).toEqual([])
})
