/**
 * The nginx server block the build writes (docs/deploy/nginx.conf), run by a real nginx over
 * the fixture's export: the root's 302, an old Arabic address's 301, the 404 page, folder
 * redirects, headers in every location.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { CACHE, SECURITY_HEADERS } from '../../lib/finish/host-files'
import { buildNewsroom } from '../support/fixture-site'
import { startNginx, type RunningNginx } from '../support/nginx'

let nginx: RunningNginx
const get = (address: string) => fetch(`${nginx.origin}${address}`, { redirect: 'manual' })

describe('the generated nginx server block', () => {
  before(() => {
    const workspace = buildNewsroom({ reuse: true })
    nginx = startNginx(workspace.dir, workspace.out, 4430)
  })
  after(() => nginx.stop())

  it('redirects the root (302), old addresses (301) and folders without their slash', async () => {
    const root = await get('/')
    assert.equal(root.status, 302)
    assert.match(root.headers.get('location') ?? '', /\/en\/$/)
    const moved = await get(`/ar/iraq/${encodeURIComponent('جسر-النهر')}/`)
    assert.equal(moved.status, 301)
    assert.match(moved.headers.get('location') ?? '', new RegExp(`/ar/local-news/${encodeURIComponent('جسر-النهر')}/$`))
    assert.equal((await get('/en/local-news')).status, 301)
  })

  it('serves pages, Arabic tags and feeds, and the 404 page with status 404', async () => {
    assert.equal((await get('/en/local-news/lead-story/')).status, 200)
    assert.equal((await get(`/ar/tags/${encodeURIComponent('الموصل')}/`)).status, 200)
    const feed = await get('/en/feeds/rss.xml')
    assert.match(feed.headers.get('content-type') ?? '', /xml/)
    const missing = await get('/en/no-such-story/')
    assert.equal(missing.status, 404)
    assert.match(await missing.text(), /<html/)
  })

  it('sends the security headers everywhere, hashed files immutable, pages revalidated', async () => {
    const page = await get('/en/')
    const html = await page.text()
    const stylesheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1] ?? ''
    const asset = await get(stylesheet)
    for (const response of [page, asset, await get('/en/no-such-story/')])
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) assert.equal(response.headers.get(name), value, name)
    assert.equal(asset.headers.get('cache-control'), CACHE.immutable)
    assert.equal(page.headers.get('cache-control'), CACHE.revalidate)
  })
})
