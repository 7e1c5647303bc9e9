import { expect, test } from '@playwright/test'

test('the root address leads readers to the English edition', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\/en\/$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})

test('front page → section → article, with breadcrumb and the current section marked', async ({
  page,
}) => {
  await page.goto('/en/')
  await expect(page).toHaveTitle(/Fixture Gazette/)
  // The featured story leads the page.
  const lead = page.getByRole('heading', {
    level: 2,
    name: 'Fixture lead story about the river bridge',
  })
  await expect(lead).toBeVisible()

  const nav = page.getByRole('navigation', { name: 'Sections', exact: true })
  await nav.getByRole('link', { name: 'Economy', exact: true }).click()
  await expect(page).toHaveURL(/\/en\/economy\/$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Economy' })).toBeVisible()
  await expect(
    page
      .getByRole('navigation', { name: 'Sections', exact: true })
      .getByRole('link', { name: 'Economy', exact: true }),
  ).toHaveAttribute('aria-current', 'page')

  // Newest first; older stories on pages numbered from the oldest, each with the dates it spans.
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(
    'Economy brief number 22',
  )
  await expect(
    page.getByRole('heading', { name: 'Economy brief number 1', exact: true }),
  ).toBeVisible()
  await page.getByRole('link', { name: /Older/ }).click()
  await expect(page).toHaveURL(/\/en\/economy\/page\/1\/$/)
  await expect(page.getByText('1 September 2026 to 20 September 2026')).toBeVisible()
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(
    'Economy archive note 20',
  )
  await page.getByRole('link', { name: /Newer/ }).click()
  await expect(page).toHaveURL(/\/en\/economy\/$/)

  await page.goto('/en/local-news/')
  await page
    .getByRole('link', { name: 'Fixture lead story about the river bridge' })
    .first()
    .click()
  await expect(page).toHaveURL(/\/en\/local-news\/lead-story\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Fixture lead story about the river bridge',
  )

  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' })
  await expect(breadcrumb.getByRole('link')).toHaveText(['Home', 'Iraq News', 'Local News'])
  // In an article of Local News, both Local News and its parent Iraq News are marked as current.
  const sectionNav = page.getByRole('navigation', { name: 'Sections', exact: true })
  await expect(sectionNav.getByRole('link', { name: 'Iraq News', exact: true })).toHaveAttribute(
    'aria-current',
    'true',
  )
  // Each section is linked once, for phones and desktops alike.
  await expect(
    sectionNav.getByRole('link', { name: 'Local News', exact: true, includeHidden: true }),
  ).toHaveCount(1)
})

test('a missing page answers 404 with the site’s own not-found page', async ({ page }) => {
  const response = await page.goto('/en/no-such-story/')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  await expect(page.getByRole('link', { name: /Go to the front page/ })).toHaveAttribute(
    'href',
    '/en/',
  )
  // One 404 page serves both editions, each in its own language.
  await expect(page.getByRole('heading', { level: 2, name: 'الصفحة غير موجودة' })).toBeVisible()
  await expect(page.getByRole('link', { name: /اذهب إلى الصفحة الأولى/ })).toHaveAttribute(
    'href',
    '/ar/',
  )
})

test('drafts and scheduled stories are nowhere on the site', async ({ page }) => {
  await page.goto('/en/local-news/')
  await expect(page.getByText('Fixture lead story about the river bridge').first()).toBeVisible()
  await expect(page.getByText(/draft headline|scheduled headline/)).toHaveCount(0)
  expect((await page.goto('/en/local-news/draft-story/'))?.status()).toBe(404)
  expect((await page.goto('/en/local-news/scheduled-story/'))?.status()).toBe(404)
})

test('the breaking strip shows stories from the last 24 hours only', async ({ page }) => {
  await page.goto('/en/')
  const strip = page.getByRole('complementary', { name: 'Breaking' })
  await expect(strip.getByRole('link')).toHaveText(['Fixture breaking story from this morning'])
})

test('tags with spaces and non-Latin letters open from an article', async ({ page }) => {
  await page.goto('/en/local-news/lead-story/')
  const topics = page.getByRole('navigation', { name: 'Topics' })
  await topics.getByRole('link', { name: 'الموصل' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'الموصل' })).toBeVisible()
  await expect(
    page.getByRole('link', { name: 'Fixture lead story about the river bridge' }),
  ).toBeVisible()

  await page.goto('/en/local-news/lead-story/')
  await page
    .getByRole('navigation', { name: 'Topics' })
    .getByRole('link', { name: 'Oil prices' })
    .click()
  await expect(page).toHaveURL(/\/en\/tags\/oil-prices\/$/)
  await expect(
    page.getByRole('link', { name: 'Fixture columnist argues for more bridges' }),
  ).toBeVisible()
})

test('author pages list the author’s articles and link back from the byline', async ({ page }) => {
  await page.goto('/en/local-news/lead-story/')
  await page.getByRole('link', { name: 'Ben Columnist' }).first().click()
  await expect(page).toHaveURL(/\/en\/authors\/ben-columnist\/$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Ben Columnist' })).toBeVisible()
  await expect(
    page.getByRole('link', { name: 'Fixture columnist argues for more bridges' }),
  ).toBeVisible()
})

test('standalone pages are linked from the footer', async ({ page }) => {
  await page.goto('/en/')
  await page.getByRole('contentinfo').getByRole('link', { name: 'About the Gazette' }).click()
  await expect(page).toHaveURL(/\/en\/pages\/about\/$/)
  await expect(page.getByRole('heading', { level: 1, name: 'About the Gazette' })).toBeVisible()
})

test('an old address of a story leads to it: an alias, and a story moved to another section', async ({
  page,
}) => {
  await page.goto('/en/local-news/old-bridge-story/')
  await expect(page).toHaveURL(/\/en\/local-news\/lead-story\/$/)
  await expect(
    page.getByRole('heading', { level: 1, name: 'Fixture lead story about the river bridge' }),
  ).toBeVisible()

  await page.goto(`/ar/iraq/${encodeURIComponent('جسر-النهر')}/`)
  await expect(page).toHaveURL(new RegExp(`/ar/local-news/${encodeURIComponent('جسر-النهر')}/$`))
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
})
