import { expect, test, type Page } from '@playwright/test'
import { TEMPLATE_PATHS, XSS_CORPUS_PATH } from '../support/templates'

// A search with results runs Pagefind's WebAssembly under the page's policy.
const TEMPLATES = [...TEMPLATE_PATHS, XSS_CORPUS_PATH, '/en/search/?q=bridge']

/** Records policy violations, console errors and uncaught errors from the first script on. */
async function watch(page: Page) {
  const problems: string[] = []
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const record = (window as unknown as { __violations?: string[] }).__violations ?? []
      record.push(`${event.violatedDirective} ${event.blockedURI}`)
      ;(window as unknown as { __violations?: string[] }).__violations = record
    })
  })
  page.on('console', (message) => {
    // The 404 template is served with status 404 on purpose.
    if (message.type() === 'error' && !/status of 404/.test(message.text()))
      problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`)
    void dialog.dismiss()
  })
  return {
    problems: async () => [
      ...problems,
      ...((await page.evaluate(
        () => (window as unknown as { __violations?: string[] }).__violations,
      )) ?? []),
    ],
  }
}

for (const url of TEMPLATES) {
  test(`${decodeURIComponent(url)} runs under its Content Security Policy without a violation or error`, async ({
    page,
  }) => {
    const watcher = await watch(page)
    await page.goto(url)
    await page.waitForLoadState('networkidle')
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1)
    expect(await watcher.problems()).toEqual([])
    expect(
      await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss),
    ).toBeUndefined()
  })
}

test('under the policy, client-side navigation and the phone menu still work', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  const watcher = await watch(page)
  await page.goto('/en/')
  await page.waitForLoadState('networkidle')
  const nav = page.getByRole('navigation', { name: 'Sections', exact: true })
  await nav.getByText('Menu').click()
  await nav.getByRole('link', { name: 'Economy', exact: true }).first().click()
  await expect(page).toHaveURL(/\/en\/economy\/$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Economy' })).toBeVisible()
  // Hydrated: the client component marked the new section without a full reload.
  await expect(nav.locator('a[href="/en/economy/"]').first()).toHaveAttribute(
    'aria-current',
    'page',
  )
  expect(await watcher.problems()).toEqual([])
})

test('ids in a story cannot stand in for the names scripts look up', async ({ page }) => {
  // The story has a subheading "Location" and a paragraph with id="config" (a name a script
  // might read from window); both keep the user-content- prefix, the page its own globals.
  await page.goto('/en/politics/markup-in-text/')
  const seen = await page.evaluate(() => ({
    config: typeof (window as unknown as Record<string, unknown>).config,
    location: typeof (window as unknown as Record<string, unknown>).location,
    heading: document.getElementById('user-content-location')?.tagName,
  }))
  expect(seen).toEqual({ config: 'undefined', location: 'object', heading: 'H2' })
  await page.getByRole('link', { name: 'the location above' }).click()
  await expect(page).toHaveURL(/#user-content-location$/)
  await expect(page.getByRole('heading', { level: 2, name: 'Location' })).toBeInViewport()
})

test('a picture that holds script runs nothing when opened from the site', async ({ page }) => {
  const svgPath = '/images/scripted.svg'
  let scriptFetches = 0
  page.on('request', (request) => {
    if (request.url().endsWith('/svg-script-ran')) scriptFetches += 1
  })
  // The same file served without the media policy does run its script: the check can fail.
  const svg = await (await page.request.get(svgPath)).body()
  await page.route('**/unprotected.svg', (route) =>
    route.fulfill({ body: svg, contentType: 'image/svg+xml' }),
  )
  await page.goto('/unprotected.svg')
  await expect(page).toHaveTitle('svg-script-ran')
  await expect.poll(() => scriptFetches).toBe(1)

  const response = await page.goto(svgPath)
  expect(response?.headers()['content-security-policy']).toContain("default-src 'none'; sandbox")
  await expect(page.locator('text')).toHaveText('Fixture')
  expect(await page.title()).not.toBe('svg-script-ran')
  expect(scriptFetches).toBe(1)
})
