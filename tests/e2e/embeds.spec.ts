/**
 * Embeds in Chromium (docs/embeds.md): a page with a video, a post, a channel's message and a
 * map asks nothing of any other site until the reader presses one card's button; then only that
 * provider's player, in a sandboxed frame (served here by a stand-in for the provider).
 */
import { expect, test } from '@playwright/test'

const STORY = '/en/culture/embeds-story/'
const own = (url: string) =>
  url.startsWith('http://127.0.0.1') || url.startsWith('http://localhost')

test('the page asks nothing of another site until a card is pressed, then only its player', async ({
  page,
}) => {
  const elsewhere: string[] = []
  page.on('request', (request) => {
    if (!own(request.url())) elsewhere.push(request.url())
  })
  // The provider, offline: a stand-in page where its player would be.
  await page.route('https://www.youtube-nocookie.com/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<title>Player</title><p>Stand-in player</p>',
    }),
  )
  const violations: string[] = []
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`policy violation: ${event.violatedDirective} ${event.blockedURI}`),
    ),
  )
  page.on('console', (message) => {
    if (message.type() === 'error') violations.push(message.text())
  })
  await page.goto(STORY)
  await page.waitForLoadState('networkidle')
  expect(elsewhere).toEqual([])
  await expect(page.locator('iframe')).toHaveCount(0)

  const load = page.getByRole('button', { name: 'Load from YouTube' })
  await expect(load).toBeVisible()
  await load.click()
  const player = page.locator('iframe')
  await expect(player).toHaveCount(1)
  await expect(player).toHaveAttribute(
    'src',
    'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1',
  )
  await expect(player).toHaveAttribute('sandbox', /allow-scripts/)
  await expect(page.frameLocator('iframe').getByText('Stand-in player')).toBeVisible()
  // Only that provider: the other cards still wait.
  expect(elsewhere.every((url) => url.startsWith('https://www.youtube-nocookie.com/'))).toBe(true)
  expect(elsewhere.length).toBeGreaterThan(0)
  await expect(page.getByRole('button', { name: 'Load from X' })).toBeVisible()
  expect(violations).toEqual([])
})

test('without JavaScript every embed is a working link to its source', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(STORY)
  // No card's Load button without the script that shows it.
  await expect(page.locator('figure').getByRole('button')).toHaveCount(0)
  for (const [name, href] of [
    ['Open on YouTube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['Open on X', 'https://x.com/IraqiGov/status/1862000000000000001'],
    ['Open on Telegram', 'https://t.me/iraq_news_channel/12345'],
    ['Open on OpenStreetMap', /^https:\/\/www\.openstreetmap\.org\/\?mlat=33\.3152&mlon=44\.3661/],
  ] as const)
    await expect(page.getByRole('link', { name })).toHaveAttribute('href', href)
  await context.close()
})
