import { expect, test, type Page } from '@playwright/test'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { REPO } from '../support/workspace'

/**
 * The web admin (Sveltia CMS) in the exported fixture: it loads from our own files under its own
 * policy, in the reader's language, and on a local folder shows the newsroom's collections.
 */
const CONTENT = path.join(REPO, 'tests', 'fixtures', 'sites', 'newsroom', 'content')

/** The fixture's text files as a folder an editor would pick: the project root, with .git. */
function projectFiles(): Record<string, string> {
  const files: Record<string, string> = { '.git/HEAD': 'ref: refs/heads/main\n' }
  for (const file of readdirSync(CONTENT, { recursive: true, encoding: 'utf8' }))
    if (/\.(md|yml)$/.test(file))
      files[`content/${file.split(path.sep).join('/')}`] = readFileSync(
        path.join(CONTENT, file),
        'utf8',
      )
  return files
}

/** Console errors and policy violations, and no trip to GitHub's status page (no network here). */
async function watch(page: Page) {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`policy violation: ${event.violatedDirective} ${event.blockedURI}`),
    )
  })
  await page.route('https://www.githubstatus.com/**', (route) =>
    route.fulfill({
      json: { status: { indicator: 'none', description: 'All Systems Operational' } },
    }),
  )
  return errors
}

test('the admin loads from the site’s own files under its own policy, not for search engines', async ({
  page,
}) => {
  const errors = await watch(page)
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  const response = await page.goto('/admin/')
  expect(response?.status()).toBe(200)
  await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute(
    'content',
    'noindex, nofollow',
  )
  await expect(page.getByRole('button', { name: 'Work with Local Repository' })).toBeVisible()
  await expect(page.getByRole('button', { name: /Sign In with.*GitHub/ })).toBeVisible()
  expect(errors).toEqual([])
  const elsewhere = requests.filter(
    (url) =>
      !url.startsWith('http://127.0.0.1') && !url.startsWith('https://www.githubstatus.com/'),
  )
  expect(elsewhere).toEqual([])
})

test('on a local folder the admin shows the newsroom’s articles, sections and authors', async ({
  page,
}) => {
  const errors = await watch(page)
  // Chromium's folder picker, answered with a private folder holding the fixture's files.
  await page.addInitScript((files: Record<string, string>) => {
    Object.assign(window, {
      showDirectoryPicker: async () => {
        const root = await navigator.storage.getDirectory()
        for (const [file, text] of Object.entries(files)) {
          const steps = file.split('/')
          let folder = root
          for (const step of steps.slice(0, -1))
            folder = await folder.getDirectoryHandle(step, { create: true })
          const writable = await (
            await folder.getFileHandle(steps.at(-1) ?? '', { create: true })
          ).createWritable()
          await writable.write(text)
          await writable.close()
        }
        return root
      },
    })
  }, projectFiles())
  await page.goto('/admin/')
  await page.getByRole('button', { name: 'Work with Local Repository' }).click()
  const collections = page.getByRole('navigation').or(page.locator('body'))
  for (const name of ['Articles — English', 'Articles — العربية', 'Sections', 'Authors'])
    await expect(collections.getByText(name, { exact: true }).first()).toBeVisible()
  await expect(page.getByText('Fixture lead story about the river bridge')).toBeVisible()
  expect(errors).toEqual([])
})

test.describe('in Arabic', () => {
  test.use({ locale: 'ar' })
  test('the admin speaks the editor’s language', async ({ page }) => {
    const errors = await watch(page)
    await page.goto('/admin/')
    await expect(page.getByRole('button', { name: 'العمل مع مستودع محلي' })).toBeVisible()
    expect(errors).toEqual([])
  })
})
