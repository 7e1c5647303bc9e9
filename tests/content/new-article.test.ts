/**
 * `npm run new` in a copy of the newsroom fixture: it writes drafts that `npm run check` accepts,
 * refuses what would break the site, starts a translation linked to its original, and a story it
 * started is published at the address it printed.
 */
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { before, describe, it } from 'node:test'
import { parse as parseYaml } from 'yaml'
import { build, createWorkspace, runScript, type Workspace } from '../support/fixture-site'

const newArticle = (workspace: Workspace, ...args: string[]) =>
  runScript(workspace, 'tools/new-article.ts', args)

const frontMatter = (text: string) =>
  parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>

describe('npm run new', () => {
  let workspace: Workspace
  let english = ''
  let arabic = ''

  before(() => {
    workspace = createWorkspace('newsroom', 'new-article')
  })

  it('writes a complete draft and says where it is and where it will be read', () => {
    const result = newArticle(
      workspace,
      '--edition', 'en',
      '--section', 'local-news',
      '--headline', 'Council votes on the river park',
      '--author', 'ada-reporter',
    )
    assert.equal(result.status, 0, result.output)
    english = /Wrote (\S+\.md)/.exec(result.output)?.[1] ?? ''
    assert.match(english, /^content\/articles\/\d{4}\/\d{2}\/council-votes-on-the-river-park\.md$/)
    assert.match(result.output, /Its address: \/en\/local-news\/council-votes-on-the-river-park\//)
    const fields = frontMatter(workspace.read(english))
    assert.equal(fields.title, 'Council votes on the river park')
    assert.equal(fields.section, 'local-news')
    assert.deepEqual(fields.authors, ['ada-reporter'])
    assert.equal(fields.draft, true)
    assert.match(String(fields.date), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+03:00$/)
    // The optional fields are there to uncomment.
    for (const field of ['updated', 'tags', 'image', 'dateline', 'translationKey', 'corrections'])
      assert.match(workspace.read(english), new RegExp(`^# ${field}:`, 'm'), field)
  })

  it('refuses a slug already taken, an unknown section and an unknown author, naming the valid ones', () => {
    const again = newArticle(
      workspace,
      '--edition', 'en', '--section', 'local-news',
      '--headline', 'Council votes on the river park', '--author', 'ada-reporter',
    )
    assert.equal(again.status, 1)
    assert.match(again.output, /slug: "council-votes-on-the-river-park" is already an article's address/)
    const wrong = newArticle(
      workspace,
      '--edition', 'en', '--section', 'sports', '--headline', 'A match', '--author', 'nobody',
    )
    assert.equal(wrong.status, 1)
    assert.match(wrong.output, /section: "sports" is not a section \(culture, economy, iraq, local-news, opinion, politics\)/)
    assert.match(wrong.output, /author: "nobody" is not an author \(ada-reporter, ben-columnist\)/)
  })

  it('starts the other edition’s version with a shared translationKey, transliterating its address', () => {
    const result = newArticle(
      workspace,
      '--translate', english,
      '--headline', 'المجلس يصوت على حديقة النهر',
    )
    assert.equal(result.status, 0, result.output)
    arabic = /Wrote (\S+\.md)/.exec(result.output)?.[1] ?? ''
    assert.match(result.output, /Its address: \/ar\/local-news\/almjls-yswt-ala-hdyqh-alnhr\//)
    const translation = frontMatter(workspace.read(arabic))
    const original = frontMatter(workspace.read(english))
    assert.equal(translation.lang, 'ar')
    assert.equal(translation.section, 'local-news')
    assert.deepEqual(translation.authors, ['ada-reporter'])
    assert.ok(original.translationKey, 'the original was given a translationKey')
    assert.equal(translation.translationKey, original.translationKey)

    // A second Arabic version of the same story would break the link between the two.
    const twice = newArticle(workspace, '--translate', english, '--headline', 'نسخة ثانية', '--slug', 'nuskha')
    assert.equal(twice.status, 1, twice.output)
    assert.ok(twice.output.includes(`${english} already has its "ar" version: ${arabic}`), twice.output)
  })

  it('writes drafts the content check accepts, warning that their standfirst and text are still empty', () => {
    const check = runScript(workspace, 'tools/check-content.ts')
    assert.equal(check.status, 0, check.output)
    for (const file of [english, arabic]) {
      assert.match(check.output, new RegExp(`${file}:3: summary: is still empty`))
      assert.match(check.output, new RegExp(`${file}:\\d+: body: is still empty`))
    }
  })

  it('publishes both versions at the printed addresses once filled in, linked to each other', () => {
    for (const [file, summary] of [
      [english, 'The vote is on Thursday.'],
      [arabic, 'التصويت يوم الخميس.'],
    ] as const) {
      workspace.write(
        file,
        workspace
          .read(file)
          .replace(/^summary: "".*$/m, `summary: ${JSON.stringify(summary)}`)
          .replace(/^draft: true.*$/m, 'draft: false')
          // Published before the fixture's build time, so it is not a scheduled story.
          .replace(/^date: .*$/m, 'date: 2026-11-26T09:00:00+03:00')
          .concat('The council meets on Thursday.\n'),
      )
    }
    const result = build(workspace)
    assert.equal(result.status, 0, result.output)
    const page = path.join(workspace.out, 'en', 'local-news', 'council-votes-on-the-river-park', 'index.html')
    assert.ok(existsSync(page), 'the English page')
    const html = readFileSync(page, 'utf8')
    assert.match(html, /<h1[^>]*>Council votes on the river park<\/h1>/)
    assert.match(html, /hrefLang="ar" href="https:\/\/[^"]+\/ar\/local-news\/almjls-yswt-ala-hdyqh-alnhr\/"/)
    assert.ok(existsSync(path.join(workspace.out, 'ar', 'local-news', 'almjls-yswt-ala-hdyqh-alnhr', 'index.html')))
  })
})
