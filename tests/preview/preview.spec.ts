import { expect, test, type Page } from '@playwright/test'
import path from 'node:path'
import { workspaceAt } from '../support/workspace'
import { REPO } from '../support/workspace'

/**
 * The editors' preview follows the files: a story saved while it runs is on its page and in its
 * section on the first reload after it appears anywhere; renamed, it moves; deleted, it goes.
 */
const workspace = workspaceAt(path.join(REPO, '.test-builds', 'preview'))
const FILE = 'content/articles/2026/11/saved-while-previewing.md'
const RENAMED = 'content/articles/2026/11/renamed-while-previewing.md'
const HEADLINE = 'A story saved while the preview runs'

const story = `---
title: ${HEADLINE}
summary: Written after the preview started.
date: 2026-11-26T09:00:00+03:00
section: local-news
---
The text of a story the preview has never seen.
`

/** Reloads the section front until its listing shows (or no longer shows) the story. */
async function sectionLists(page: Page, shown: boolean) {
  await expect(async () => {
    await page.goto('/en/local-news/')
    await expect(page.getByRole('link', { name: HEADLINE })).toHaveCount(shown ? 1 : 0)
  }).toPass({ timeout: 60_000 })
}

/** An editor's reload: one request, no retry (Next's first answer for a new address is the test). */
async function statusOf(page: Page, address: string) {
  return (await page.goto(address))?.status()
}

test.describe.configure({ mode: 'serial' })
test.setTimeout(180_000)

test('a new story answers at its address on the first reload, renamed it moves, deleted it goes', async ({
  page,
}) => {
  // The preview has listed the section's stories before the new one is saved.
  expect(await statusOf(page, '/en/local-news/lead-story/')).toBe(200)

  workspace.write(FILE, story)
  await sectionLists(page, true)
  // The editor switches to the story's tab a moment later and reloads once.
  await page.waitForTimeout(3_000)
  expect(await statusOf(page, '/en/local-news/saved-while-previewing/')).toBe(200)
  await expect(page.getByRole('heading', { level: 1, name: HEADLINE })).toBeVisible()

  workspace.write(RENAMED, story)
  workspace.remove(FILE)
  await expect(async () => {
    await page.goto('/en/local-news/')
    await expect(page.getByRole('link', { name: HEADLINE })).toHaveAttribute(
      'href',
      '/en/local-news/renamed-while-previewing/',
    )
  }).toPass({ timeout: 60_000 })
  await page.waitForTimeout(3_000)
  expect(await statusOf(page, '/en/local-news/renamed-while-previewing/')).toBe(200)
  expect(await statusOf(page, '/en/local-news/saved-while-previewing/')).toBe(404)

  workspace.remove(RENAMED)
  await sectionLists(page, false)
  expect(await statusOf(page, '/en/local-news/renamed-while-previewing/')).toBe(404)
})
