import { expect, test } from '@playwright/test'

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false })

  test('the section menu is folded and opens without JavaScript', async ({ page }) => {
    await page.goto('/en/')
    const nav = page.getByRole('navigation', { name: 'Sections', exact: true })
    const localNews = nav.getByRole('link', { name: 'Local News', exact: true })
    await expect(localNews).toBeHidden()
    await nav.getByText('Menu').click()
    await expect(localNews).toBeVisible()
    await localNews.click()
    await expect(page).toHaveURL(/\/en\/local-news\/$/)
  })

  test('an article fits the screen without sideways scrolling', async ({ page }) => {
    await page.goto('/en/local-news/lead-story/')
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
  })
})

test('a skip link takes keyboard users to the main content', async ({ page }) => {
  await page.goto('/en/local-news/lead-story/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to main content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main$/)
})

test('the dark colour scheme follows the reader’s system setting', async ({ browser }) => {
  const background = async (colorScheme: 'light' | 'dark') => {
    const context = await browser.newContext({ colorScheme })
    const page = await context.newPage()
    await page.goto('/en/local-news/lead-story/')
    const colour = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    await context.close()
    return colour
  }
  expect(await background('light')).toBe('rgb(255, 255, 255)')
  expect(await background('dark')).toBe('rgb(18, 18, 18)')
})

test('an article prints without navigation and with full link addresses', async ({ page }) => {
  await page.goto('/en/local-news/lead-story/')
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('navigation', { name: 'Sections', exact: true })).toBeHidden()
  await expect(page.getByRole('contentinfo')).toBeHidden()
  const after = await page
    .getByRole('link', { name: 'link inside the site' })
    .evaluate((link) => getComputedStyle(link, '::after').content)
  expect(after).toBe('" (https://fixture.example.org/en/economy/)"')
})
