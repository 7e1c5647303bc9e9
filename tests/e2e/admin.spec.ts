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

/** Chromium's folder picker, answered with a private folder holding the fixture's files. */
function localFolder(files: Record<string, string>) {
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
  await page.addInitScript(localFolder, projectFiles())
  await page.goto('/admin/')
  await page.getByRole('button', { name: 'Work with Local Repository' }).click()
  const collections = page.getByRole('navigation').or(page.locator('body'))
  for (const name of ['Articles — English', 'Articles — العربية', 'Sections', 'Authors'])
    await expect(collections.getByText(name, { exact: true }).first()).toBeVisible()
  await expect(page.getByText('Fixture lead story about the river bridge')).toBeVisible()
  expect(errors).toEqual([])
})

test.describe('a reporter in Baghdad', () => {
  test.use({ timezoneId: 'Asia/Baghdad' })
  test('on a local folder the admin lists the live pages and files updates into a running one', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    const errors = await watch(page)
    await page.addInitScript(localFolder, projectFiles())
    await page.goto('/admin/')
    await page.getByRole('button', { name: 'Work with Local Repository' }).click()
    const collections = page.getByRole('navigation').or(page.locator('body'))
    await collections.getByText('Live pages — English', { exact: true }).first().click()
    // The page itself, not its updates (which sit in its folder too).
    await expect(page.getByText('Fixture live page: the vote count (live)')).toBeVisible()
    await expect(page.getByText('The pinned update')).toHaveCount(0)
    await collections
      .getByText('Updates — Fixture live page: the vote count', { exact: true })
      .first()
      .click()
    await expect(page.getByText(/The pinned update/).first()).toBeVisible()
    await expect(page.getByText(/Key event number 44/).first()).toBeVisible()
    // A new update: stamped now (the reporter's clock, here Baghdad's), filed as its own file
    // in the page's folder.
    await page.getByRole('button', { name: 'Create New Entry' }).click()
    await page.getByRole('textbox').last().fill('Filed from the admin: the count resumes in Basra.')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    // The files in the page's updates/ folder that the fixture did not bring (none until saved;
    // while Chromium writes one, its swap file comes and goes: read again).
    const newFiles = () =>
      page.evaluate(async () => {
        try {
          let folder = await navigator.storage.getDirectory()
          for (const step of ['content', 'live', 'vote-count', 'updates'])
            folder = await folder.getDirectoryHandle(step)
          const files: Record<string, string> = {}
          for await (const [name, handle] of folder as unknown as AsyncIterable<
            [string, FileSystemFileHandle]
          >)
            if (!/^(update-|draft-|scheduled-)/.test(name))
              files[name] = await (await handle.getFile()).text()
          return files
        } catch (error) {
          return { error: String(error) }
        }
      })
    await expect
      .poll(async () => Object.keys(await newFiles()))
      .toEqual([expect.stringMatching(/^\d{4}-\d\d-\d\d-\d{4}-[0-9a-f]{8}\.md$/)])
    const filed = await newFiles()
    const text = Object.values(filed)[0] ?? ''
    // Left empty, the optional fields are left out (the page's first author; no title).
    expect(text).not.toMatch(/^(author|title):/m)
    expect(text).toMatch(/^time: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+03:00$/m)
    expect(text).toContain('Filed from the admin: the count resumes in Basra.')
    // The ended Arabic page takes no new updates.
    await expect(page.getByText(/^Updates — .*فرز/)).toHaveCount(0)
    expect(errors).toEqual([])
  })
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
