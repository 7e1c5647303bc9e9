/**
 * A live page in Chromium (docs/live-coverage.md): complete without JavaScript; with it, the
 * island says how many updates are newer than the page, without moving what the reader reads.
 */
import { expect, test, type Page } from '@playwright/test'

const LIVE = '/en/politics/vote-count/'
const ARABIC = `/ar/politics/${encodeURIComponent('فرز-الاصوات')}/`
/** The fixture's build time: the island's clock starts there. */
const BUILD_TIME = new Date('2026-11-27T12:00:00Z')

/** Serves the page's updates.json with `count` updates from now on. */
async function serveCount(page: Page, count: number) {
  await page.route('**/updates.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ count }) }),
  )
}

test('a live page reads whole without JavaScript, newest update first', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(LIVE)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Fixture live page: the vote count',
  )
  const updates = page.locator('ol > li > article')
  await expect(updates).toHaveCount(25)
  await expect(updates.first()).toContainText('Fixture update number 45')
  await expect(page.getByText('Live', { exact: true }).first()).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Key events' }).getByRole('link')).toHaveCount(
    3,
  )
  await page.getByRole('link', { name: 'Older updates' }).click()
  await expect(page).toHaveURL(/\/vote-count\/page\/1\/$/)
  await expect(updates.first()).toContainText('Fixture update number 20')
  // The notice's region is there, empty: nothing says "new updates" without the island.
  await page.goto(LIVE)
  await expect(page.locator('#new-updates a')).toBeHidden()
  await context.close()
})

test('the island says "1 new update" when updates.json has one more, and nothing moves', async ({
  page,
}) => {
  await page.clock.install({ time: BUILD_TIME })
  await serveCount(page, 45)
  await page.goto(LIVE)
  // "9 hours ago" beside the newest update's time (03:00 UTC, the clock at 12:00).
  await expect(page.locator('[data-update-time]').first()).toHaveText('9 hours ago')
  await page.locator('#update-update-30').scrollIntoViewIfNeeded()
  const before = await page.evaluate(() => window.scrollY)
  await page.clock.fastForward(46_000)
  await expect(page.locator('#new-updates a')).toBeHidden()
  await page.unroute('**/updates.json')
  await serveCount(page, 46)
  await page.clock.fastForward(46_000)
  const notice = page.getByRole('status').getByRole('link')
  await expect(notice).toHaveText('1 new update: show')
  await expect(notice).toBeInViewport()
  expect(await page.evaluate(() => window.scrollY)).toBe(before)
  await notice.click()
  await expect(page).toHaveURL(LIVE)
})

test('the ended Arabic live page reads right to left, in Arabic-Indic digits, with no island', async ({
  page,
}) => {
  await page.clock.install({ time: BUILD_TIME })
  await serveCount(page, 3)
  await page.goto(ARABIC)
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  // The coverage ended: no island, no notice.
  await expect(page.locator('#new-updates')).toHaveCount(0)
  await expect(page.getByText('انتهت التغطية').first()).toBeVisible()
  await expect(page.locator('time[datetime="2026-11-26T09:00:00+03:00"]').first()).toContainText(
    '٠٩:٠٠',
  )
})
