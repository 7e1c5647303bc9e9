import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { TEMPLATE_PATHS } from '../support/templates'

const TEMPLATES = TEMPLATE_PATHS

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme })
    for (const url of TEMPLATES) {
      test(`${decodeURIComponent(url)} has no axe violations (WCAG 2.2 A/AA, best practice)`, async ({
        page,
      }) => {
        await page.goto(url)
        // Measure the settled page: web fonts swapped in, lazy images placed.
        await page.waitForLoadState('networkidle')
        await page.evaluate(() => document.fonts.ready)
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze()
        const violations = results.violations.map(
          (violation) =>
            `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
        )
        expect(violations).toEqual([])
      })
    }
  })
}

test('every page has one h1 and headings that do not skip levels', async ({ page }) => {
  for (const url of TEMPLATES) {
    await page.goto(url)
    const levels = await page
      .locator('h1, h2, h3, h4, h5, h6')
      .evaluateAll((headings) =>
        headings
          .filter(
            (heading) =>
              heading.getClientRects().length > 0 || heading.classList.contains('sr-only'),
          )
          .map((heading) => Number(heading.tagName[1])),
      )
    expect(
      levels.filter((level) => level === 1),
      url,
    ).toHaveLength(1)
    const skips = levels.filter((level, index) => index > 0 && level > (levels[index - 1] ?? 1) + 1)
    expect(skips, `${url}: ${levels.join(' ')}`).toEqual([])
  }
})

test('focus is visible on links and the menu', async ({ page }) => {
  await page.goto('/en/local-news/lead-story/')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element)
    return `${style.outlineStyle} ${style.outlineWidth}`
  })
  expect(outline).toBe('solid 3px')
})

test.describe('keyboard on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the menu opens with the keyboard and its links take focus', async ({ page }) => {
    await page.goto('/en/')
    const menu = page.getByRole('navigation', { name: 'Sections', exact: true }).locator('summary')
    await menu.focus()
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await expect(page.locator(':focus')).toHaveText('Iraq News')
  })
})
