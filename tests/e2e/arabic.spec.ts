import { expect, test, type Locator, type Page } from '@playwright/test'
import { FACES, TYPE } from '../../build/share-card'

const ARTICLE = 'إعادة افتتاح جسر النهر بعد ثمانية أشهر من الصيانة'

async function wordmarkEdges(page: Page) {
  const box = await page.getByRole('banner').getByRole('link').first().boundingBox()
  const width = page.viewportSize()?.width ?? 0
  return { start: box?.x ?? -1, end: (box?.x ?? 0) + (box?.width ?? 0), width }
}

test('the Arabic edition is right-to-left, with its masthead mirrored', async ({ page }) => {
  await page.goto('/ar/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  // The wordmark sits at the right edge in Arabic and at the left edge in English.
  const arabic = await wordmarkEdges(page)
  expect(arabic.end).toBeGreaterThan(arabic.width - 40)
  await page.goto('/en/')
  const english = await wordmarkEdges(page)
  expect(english.start).toBeLessThan(40)
})

test('an Arabic article opens from the front page under its Arabic address, with Arabic dates', async ({
  page,
}) => {
  await page.goto('/ar/')
  await page.getByRole('link', { name: ARTICLE }).first().click()
  await expect(page).toHaveURL(
    /\/ar\/local-news\/%D8%AC%D8%B3%D8%B1-%D8%A7%D9%84%D9%86%D9%87%D8%B1\/$/,
  )
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE)
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  const breadcrumb = page.getByRole('navigation', { name: 'مسار التصفح' })
  await expect(breadcrumb.getByRole('link')).toHaveText(['الرئيسية', 'أخبار العراق', 'أخبار محلية'])
  await expect(page.locator('time[datetime="2026-11-20T10:00:00+03:00"]')).toHaveText(
    '٢٠ تشرين الثاني ٢٠٢٦ في ١٠:٠٠ بتوقيت بغداد',
  )
  await expect(page.getByRole('link', { name: 'آدا المراسلة' })).toBeVisible()
})

test('an Arabic tag page opens from an Arabic article', async ({ page }) => {
  await page.goto('/ar/')
  await page.getByRole('link', { name: ARTICLE }).first().click()
  await page
    .getByRole('navigation', { name: 'مواضيع' })
    .getByRole('link', { name: 'أسعار النفط' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'أسعار النفط' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'مقال رأي تجريبي عن الجسور' })).toBeVisible()
})

test('screenshots of the Arabic front page and article, kept as test artifacts', async ({
  browser,
}) => {
  for (const [name, width, height] of [
    ['phone', 390, 844],
    ['desktop', 1280, 900],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height } })
    await page.goto('/ar/')
    await page.screenshot({ path: `test-results/screenshots/ar-front-${name}.png`, fullPage: true })
    await page.getByRole('link', { name: ARTICLE }).first().click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE)
    await page.screenshot({
      path: `test-results/screenshots/ar-article-${name}.png`,
      fullPage: true,
    })
    await page.close()
  }
})

test('the edition switch leads to the translation and back, and both carry reciprocal hreflang links', async ({
  page,
}) => {
  const english = 'https://fixture.example.org/en/local-news/lead-story/'
  const arabic = `https://fixture.example.org/ar/local-news/${encodeURIComponent('جسر-النهر')}/`
  const hreflang = async () =>
    Object.fromEntries(
      await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((links) =>
          links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
        ),
    )

  await page.goto('/en/local-news/lead-story/')
  expect(await hreflang()).toEqual({ en: english, ar: arabic, 'x-default': english })
  await page
    .getByRole('navigation', { name: 'Editions' })
    .getByRole('link', { name: 'العربية' })
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE)
  expect(await hreflang()).toEqual({ en: english, ar: arabic, 'x-default': english })

  await page
    .getByRole('navigation', { name: 'الطبعات' })
    .getByRole('link', { name: 'English' })
    .click()
  await expect(page).toHaveURL(/\/en\/local-news\/lead-story\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Fixture lead story about the river bridge',
  )
})

test('a story without a translation switches to the other edition’s front page', async ({
  page,
}) => {
  await page.goto('/en/culture/culture-story/')
  await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0)
  await expect(
    page.getByRole('navigation', { name: 'Editions' }).getByRole('link', { name: 'العربية' }),
  ).toHaveAttribute('href', '/ar/')
})

test('the Arabic share card named in og:image loads at 1200×630, kept as an artifact', async ({
  page,
}) => {
  await page.goto(`/ar/local-news/${encodeURIComponent('جسر-النهر')}/`)
  const image = await page.locator('meta[property="og:image"]').getAttribute('content')
  // og:image is absolute on the published host; fetch the same path from the test server.
  const card = new URL(image ?? '').pathname
  expect(decodeURIComponent(card)).toBe('/ar/local-news/جسر-النهر/card.png')
  await page.goto(card)
  const size = await page
    .locator('img')
    .evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])
  expect(size).toEqual([1200, 630])
  // Looked at by eye: letters joined, right to left, the headline not cut.
  await page.setViewportSize({ width: 1200, height: 630 })
  await page.screenshot({ path: 'test-results/screenshots/ar-share-card.png' })
})

/** The face Chromium actually drew an element's text with (not the CSS list it was offered). */
async function drawnFace(page: Page, element: Locator): Promise<string> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('DOM.enable')
  await cdp.send('CSS.enable')
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 })
  const handle = await element.elementHandle()
  const marker = `drawn-face-${Date.now()}`
  await handle?.evaluate((node, name) => node.setAttribute('data-drawn-face', name), marker)
  const { nodeId } = await cdp.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: `[data-drawn-face="${marker}"]`,
  })
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
  await cdp.detach()
  // The face that drew most of the glyphs: a headline's digits may come from elsewhere.
  return [...fonts].sort((a, b) => b.glyphCount - a.glyphCount)[0]?.familyName ?? ''
}

test('pages draw the wordmark, labels and headlines with the faces of the share cards', async ({
  page,
}) => {
  for (const [path, script] of [
    ['/en/local-news/lead-story/', 'latin'],
    ['/ar/local-news/جسر-النهر/', 'arabic'],
  ] as const) {
    // font-display: optional may keep the fallback on a first visit; the second has the faces.
    await page.goto(path, { waitUntil: 'networkidle' })
    await page.evaluate(() => document.fonts.ready)
    await page.reload({ waitUntil: 'networkidle' })
    const faces = TYPE[script]
    const wordmark = page.getByRole('banner').getByRole('link').first()
    const label = page
      .getByRole('navigation', { name: /Breadcrumb|مسار التصفح/ })
      .getByRole('link')
      .first()
    const headline = page.getByRole('heading', { level: 1 })
    expect(await drawnFace(page, wordmark), `${path} wordmark`).toBe(FACES[faces.wordmark].family)
    expect(await drawnFace(page, label), `${path} label`).toBe(FACES[faces.label].family)
    expect(await drawnFace(page, headline), `${path} headline`).toBe(FACES[faces.headline].family)
  }
})
