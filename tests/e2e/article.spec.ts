import { expect, test } from '@playwright/test'

test.describe('an article with every optional field', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/en/local-news/lead-story/')
  })

  test('shows headline, standfirst, byline, dateline, times and reading time', async ({ page }) => {
    const header = page
      .getByRole('article', { name: 'Fixture lead story about the river bridge' })
      .locator('header')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Fixture lead story about the river bridge',
    )
    await expect(
      header.getByText('The featured fixture story that leads the front page.'),
    ).toBeVisible()
    await expect(header.getByRole('link', { name: 'Ada Reporter' })).toHaveAttribute(
      'href',
      '/en/authors/ada-reporter/',
    )
    await expect(header.getByText('BAGHDAD', { exact: true })).toBeVisible()
    await expect(header.locator('time[datetime="2026-11-20T09:00:00+03:00"]')).toHaveText(
      '20 November 2026 at 09:00 Baghdad time',
    )
    await expect(header.getByText('Updated 21 November 2026 at 10:30 Baghdad time')).toBeVisible()
    await expect(header.getByText('1 min read')).toBeVisible()
  })

  test('shows the lead image with caption and credit, with its space reserved', async ({
    page,
  }) => {
    const figure = page.getByRole('figure')
    const image = figure.getByRole('img', { name: 'A drawing of a bridge for the fixture' })
    await expect(image).toHaveAttribute('width', '320')
    await expect(image).toHaveAttribute('height', '180')
    // Decoded, from the WebP copy the page offers (its width descriptor scales naturalWidth).
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
    expect(await image.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(
      /\.320w\.[0-9a-f]{10}\.webp$/,
    )
    await expect(figure).toContainText('The fixture bridge.')
    await expect(figure).toContainText('Photo: Fixture graphics')
  })

  test('shows subheadings, source, tags and corrections newest first', async ({ page }) => {
    await expect(
      page.getByRole('heading', { level: 2, name: 'A subheading in the body' }),
    ).toBeVisible()
    await expect(
      page.getByRole('heading', { level: 3, name: 'A smaller subheading' }),
    ).toBeVisible()
    await expect(page.getByText('Based on a report by The Fixture Weekly')).toBeVisible()
    await expect(page.getByRole('link', { name: 'The Fixture Weekly' })).toHaveAttribute(
      'href',
      'https://weekly.example.org/report',
    )
    await expect(page.getByRole('navigation', { name: 'Topics' }).getByRole('link')).toHaveText([
      'Oil prices',
      'الموصل',
      'Baghdad',
    ])
    const corrections = page.getByRole('region', { name: 'Corrections' }).getByRole('listitem')
    await expect(corrections).toHaveText([
      /22 November 2026: A second, newer correction/,
      /21 November 2026: An earlier version/,
    ])
  })

  test('shows a picture written beside the story in its text, and in-page links reach their heading', async ({
    page,
  }) => {
    const picture = page.getByRole('img', { name: 'The fixture bridge, seen again in the text' })
    await expect(picture).toBeVisible()
    // Published beside the lead image, measured so its space is kept while it loads.
    expect(await picture.getAttribute('src')).toBe('/media/articles/2026/11/bridge.png')
    expect(await picture.getAttribute('width')).toBeTruthy()
    expect(await picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)

    await page.getByRole('link', { name: 'the closing words are below' }).click()
    await expect(page).toHaveURL(/#a-smaller-subheading$/)
    await expect(
      page.getByRole('heading', { level: 3, name: 'A smaller subheading' }),
    ).toBeInViewport()
  })

  test('a shared link to a subheading opens the story at that subheading', async ({ page }) => {
    await page.goto('/en/local-news/lead-story/#a-smaller-subheading')
    await expect(
      page.getByRole('heading', { level: 3, name: 'A smaller subheading' }),
    ).toBeInViewport()
  })

  test('links related stories after the body', async ({ page }) => {
    const related = page.getByRole('region', { name: 'Related' })
    await expect(
      related.getByRole('link', { name: 'Fixture columnist argues for more bridges' }),
    ).toBeVisible()
  })

  test('runs none of the script an editor pasted into the body', async ({ page }) => {
    await expect(page.getByText('Raw HTML paragraph with an event handler.')).toBeVisible()
    expect(
      await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    ).toBeUndefined()
    await expect(
      page.locator(
        'article iframe, article [onclick], article [onerror], article a[href^="javascript:"]',
      ),
    ).toHaveCount(0)
  })
})

test('an opinion piece carries a visible Opinion label', async ({ page }) => {
  await page.goto('/en/opinion/opinion-piece/')
  const article = page.getByRole('article', { name: 'Fixture columnist argues for more bridges' })
  await expect(article.locator('header p', { hasText: /^Opinion$/ })).toBeVisible()
  await page.goto('/en/')
  const teaser = page
    .getByRole('article')
    .filter({ hasText: 'Fixture columnist argues for more bridges' })
    .first()
  await expect(teaser.getByText('Opinion', { exact: true })).toBeVisible()
})

test('an article without authors carries the staff byline', async ({ page }) => {
  await page.goto('/en/culture/culture-story/')
  await expect(
    page
      .getByRole('article', { name: 'Fixture culture story with a staff byline' })
      .getByText('Gazette staff'),
  ).toBeVisible()
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the whole article is readable', async ({ page }) => {
    await page.goto('/en/local-news/lead-story/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Fixture lead story about the river bridge',
    )
    await expect(page.getByText('Closing text of the lead story.')).toBeVisible()
    await expect(page.getByRole('region', { name: 'Corrections' })).toBeVisible()
  })
})

test.describe('on a phone, first visit', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('an article loads its page, one stylesheet and fonts: no script, no navigation payload', async ({
    page,
  }) => {
    const loaded: string[] = []
    page.on('response', (response) => loaded.push(new URL(response.url()).pathname))
    await page.goto('/en/local-news/lead-story/')
    await page.evaluate(() => document.fonts.ready)
    await page.waitForLoadState('networkidle')
    const extension = (pathname: string) => /\.([a-z0-9]+)$/.exec(pathname)?.[1] ?? 'page'
    expect(loaded[0]).toBe('/en/local-news/lead-story/')
    expect(loaded.filter((pathname) => ['js', 'txt'].includes(extension(pathname)))).toEqual([])
    expect(loaded.filter((pathname) => extension(pathname) === 'css')).toHaveLength(1)
    expect(loaded.filter((pathname) => extension(pathname) === 'woff2').length).toBeLessThanOrEqual(
      2,
    )
    expect(
      await page.evaluate(() => document.fonts.check('700 20px "Source Serif 4 Variable"')),
    ).toBe(true)
    // Links the reader is about to follow are prerendered by the browser, not fetched by a router.
    const rules = await page.locator('script[type="speculationrules"]').textContent()
    expect(JSON.parse(rules ?? '{}')).toHaveProperty('prerender')
  })
})
