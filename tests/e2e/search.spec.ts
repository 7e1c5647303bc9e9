import { expect, test } from '@playwright/test'

test('a word from a headline, typed into the masthead box, leads to that article', async ({
  page,
}) => {
  await page.goto('/en/')
  const box = page.getByRole('banner').getByRole('searchbox', { name: 'Search articles' })
  await box.fill('river')
  await box.press('Enter')
  await expect(page).toHaveURL(/\/en\/search\/\?q=river$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible()
  // The page's own box shows what was searched for.
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('river')

  const results = page.getByRole('region', { name: 'Results for “river”' })
  const result = results
    .getByRole('listitem')
    .filter({ hasText: 'Fixture lead story about the river bridge' })
  await expect(result).toContainText('The featured fixture story that leads the front page.')
  await expect(result).toContainText('Local News · 20 November 2026')

  await result.getByRole('link', { name: 'Fixture lead story about the river bridge' }).click()
  await expect(page).toHaveURL(/\/en\/local-news\/lead-story\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Fixture lead story about the river bridge',
  )
})

test('a headline match ranks above a passing mention in another story', async ({ page }) => {
  // "columnist" is in the opinion piece's headline and, once, in the body of a newer story.
  await page.goto('/en/search/?q=columnist')
  const headlines = page
    .getByRole('region', { name: /Results for/ })
    .getByRole('heading', { level: 3 })
  await expect(headlines.first()).toHaveText('Fixture columnist argues for more bridges')
  await expect(headlines).toContainText(['Fixture breaking story from this morning'])
})

test('the Arabic edition searches its own index, with Arabic words', async ({ page }) => {
  const headline = 'إعادة افتتاح جسر النهر بعد ثمانية أشهر من الصيانة'
  await page.goto('/ar/')
  const box = page.getByRole('banner').getByRole('searchbox', { name: 'ابحث في المقالات' })
  await box.fill('جسر')
  await box.press('Enter')
  await expect(page).toHaveURL(/\/ar\/search\/\?q=/)
  const results = page.getByRole('region', { name: /نتائج البحث/ })
  await expect(results.getByRole('link', { name: headline })).toBeVisible()
  // Only Arabic stories: the English edition's index is a different one.
  await expect(results.getByRole('link', { name: /Fixture/ })).toHaveCount(0)
  await results.getByRole('link', { name: headline }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline)
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar')

  // Arabic stemming: "بالجسر" ("by the bridge") appears nowhere, but finds the story about "جسر".
  await page.goto(`/ar/search/?q=${encodeURIComponent('بالجسر')}`)
  await expect(
    page.getByRole('region', { name: /نتائج البحث/ }).getByRole('link', { name: headline }),
  ).toBeVisible()
})

test('nothing matching says so', async ({ page }) => {
  await page.goto('/en/search/?q=zzzqqqxxx')
  await expect(page.getByText('No articles match these words.')).toBeVisible()
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the masthead box still reaches the search page, which says search needs JavaScript', async ({
    page,
  }) => {
    await page.goto('/en/local-news/lead-story/')
    const box = page.getByRole('banner').getByRole('searchbox', { name: 'Search articles' })
    await box.fill('bridge')
    await box.press('Enter')
    await expect(page).toHaveURL(/\/en\/search\/\?q=bridge$/)
    await expect(page.getByText('Search runs in your browser and needs JavaScript.')).toBeVisible()
  })
})

test('articles offer plain share links and no network’s script', async ({ page }) => {
  await page.goto('/en/local-news/lead-story/')
  const share = page.getByRole('navigation', { name: 'Share this article' })
  const url = encodeURIComponent('https://fixture.example.org/en/local-news/lead-story/')
  await expect(share.getByRole('link', { name: 'X' })).toHaveAttribute(
    'href',
    new RegExp(`^https://x\\.com/intent/post\\?url=${url.replace(/[.?]/g, '\\$&')}&text=`),
  )
  await expect(share.getByRole('link')).toHaveText([
    'X',
    'Facebook',
    'WhatsApp',
    'Telegram',
    'Email',
  ])
  const foreignScripts = await page.evaluate(
    () =>
      [...document.scripts].filter(
        (script) => script.src && !script.src.startsWith(location.origin),
      ).length,
  )
  expect(foreignScripts).toBe(0)
})
