/**
 * A story's own media in Chromium (docs/story-media.md). The gallery: the grid opens each picture
 * full size at its own address, with the keyboard alone and with JavaScript off; Back closes it;
 * the full-size copies are fetched only when opened; axe finds nothing in the open view. The
 * video and the recording: nothing of them fetched until played; the video plays with captions.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

const STORY = '/en/culture/embeds-story/'

/** Opens, moves through and closes the gallery with Tab and Enter only. */
async function walkWithKeyboard(page: Page) {
  await page.goto(STORY)
  const views = page.locator('#gallery figure')
  await expect(views.filter({ visible: true })).toHaveCount(0)

  await page.getByRole('link', { name: /^Picture 1 of 3: Officials stack ballot boxes/ }).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#photo-1$/)
  const first = page.locator('#photo-1')
  await expect(first).toBeVisible()
  await expect(first.getByRole('img')).toHaveAccessibleName(
    'Officials stack ballot boxes on a table in a school hall',
  )
  await expect(first).toContainText('The boxes arrive at the count')
  await expect(first).toContainText('Photo: Sara Ali')

  // Tab goes on inside the open picture: its Next link first (the first has no Previous).
  await page.keyboard.press('Tab')
  await expect(first.getByRole('link', { name: 'Next' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#photo-2$/)
  await expect(page.locator('#photo-2')).toBeVisible()
  await expect(first).toBeHidden()

  await page.keyboard.press('Tab') // Previous
  await page.keyboard.press('Tab') // Next
  await page.keyboard.press('Tab') // Close
  await expect(page.locator('#photo-2').getByRole('link', { name: 'Close' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(views.filter({ visible: true })).toHaveCount(0)

  // Back, as a reader on a phone would: the picture opened last comes back, then goes again.
  await page.goBack()
  await expect(page.locator('#photo-2')).toBeVisible()
  await page.goBack()
  await page.goBack()
  await expect(views.filter({ visible: true })).toHaveCount(0)
}

test('the gallery opens, moves and closes with the keyboard', async ({ page }) => {
  await walkWithKeyboard(page)
})

test('the gallery works the same with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  await walkWithKeyboard(await context.newPage())
  await context.close()
})

test('a picture is fetched full size only when opened', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  const fetched: string[] = []
  page.on('request', (request) => {
    if (/\/count-\d/.test(request.url())) fetched.push(new URL(request.url()).pathname)
  })
  await page.goto(STORY)
  await page.locator('#gallery').scrollIntoViewIfNeeded()
  await expect(page.locator('#gallery li img').first()).toHaveJSProperty('complete', true)
  await page.waitForLoadState('networkidle')
  // The grid: three small copies, nothing at full size.
  expect(fetched.filter((url) => /\.400w\./.test(url))).toHaveLength(3)
  expect(fetched.filter((url) => !/\.400w\./.test(url))).toEqual([])

  await page.getByRole('link', { name: /^Picture 3 of 3/ }).click()
  await expect(page.locator('#photo-3 img')).toHaveJSProperty('complete', true)
  expect(fetched.filter((url) => !/\.400w\./.test(url))).toEqual([
    expect.stringMatching(/count-3\.1600w\.[0-9a-f]+\.webp$/),
  ])
})

test('an open picture has no axe violations', async ({ page }) => {
  await page.goto(`${STORY}#photo-2`)
  await expect(page.locator('#photo-2')).toBeVisible()
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  expect(results.violations).toEqual([])
})

test('a video and a recording are fetched only when played; the video plays with its captions', async ({
  page,
}) => {
  const films: string[] = []
  page.on('request', (request) => {
    if (/\.(mp4|mp3)$/.test(new URL(request.url()).pathname)) films.push(request.url())
  })
  await page.goto(STORY)
  await page.waitForLoadState('networkidle')
  expect(films).toEqual([])

  const video = page.locator('video')
  await expect(video).toHaveAttribute('controls', '')
  // Played as a reader would, muted so that the browser allows it without a gesture.
  const played = await video.evaluate(async (element: HTMLVideoElement) => {
    element.muted = true
    await element.play()
    await new Promise((resolve) => setTimeout(resolve, 1200))
    const track = element.textTracks[0]
    return {
      time: element.currentTime,
      captions: track?.mode,
      cues: [...(track?.cues ?? [])].map((cue) => (cue as VTTCue).text),
    }
  })
  expect(played.time).toBeGreaterThan(0.5)
  expect(played.captions).toBe('showing')
  expect(played.cues).toEqual([
    'The count begins in the school hall.',
    'Observers watch every paper.',
  ])
  expect(films).toEqual([expect.stringMatching(/count-clip\.mp4$/)])

  const duration = await page.locator('audio').evaluate(async (element: HTMLAudioElement) => {
    element.preload = 'metadata'
    element.load()
    await new Promise((resolve) => element.addEventListener('loadedmetadata', resolve))
    return element.duration
  })
  expect(duration).toBeCloseTo(7.03, 1)
})

test('an Arabic story’s gallery and embed read right to left', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/ar/opinion/opinion-ar/')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  // The grid starts at the right, as the text does.
  const cells = page.locator('#gallery li')
  const first = await cells.nth(0).boundingBox()
  const second = await cells.nth(1).boundingBox()
  expect(first && second && first.x > second.x).toBe(true)
  await expect(page.getByRole('heading', { name: 'صور' })).toBeVisible()

  await page.getByRole('link', { name: /^الصورة ١ من ٢: صناديق الاقتراع/ }).click()
  const view = page.locator('#photo-1')
  await expect(view).toBeVisible()
  await expect(view).toContainText('صورة: سارة علي')
  await view.getByRole('link', { name: 'التالية' }).click()
  const next = page.locator('#photo-2')
  await expect(next).toBeVisible()
  // "Previous" sits at the right of "Next", where a right-to-left reader starts.
  const previousBox = await next.getByRole('link', { name: 'السابقة' }).boundingBox()
  const nextBox = await next.getByRole('link', { name: 'إغلاق' }).boundingBox()
  expect(previousBox && nextBox && previousBox.x > nextBox.x).toBe(true)
  await next.getByRole('link', { name: 'إغلاق' }).click()
  await expect(page.locator('#gallery figure').filter({ visible: true })).toHaveCount(0)

  // The embed's card speaks Arabic; its link to the source works.
  await expect(page.getByRole('button', { name: 'تحميل من Telegram' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'افتح في Telegram' })).toHaveAttribute(
    'href',
    'https://t.me/iraq_news_channel/12345',
  )
})
