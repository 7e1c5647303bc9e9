import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { parse } from 'yaml'
import { adminConfig, type AdminField } from '../../build/admin-config'
import type { FieldSpec, Fields } from '../../lib/content/front-matter'
import { adminPage, adminPolicy, withLocaleModules, withOwnFonts } from '../../build/stages/admin'
import { CONTENT_SCHEMA } from '../../build/content/content-schema'
import { REPO } from '../support/workspace'

const editions = [
  { code: 'en', language: 'English' },
  { code: 'ar', language: 'العربية' },
]
const config = adminConfig(CONTENT_SCHEMA, {
  editions,
  admin: { branch: 'main' },
  timeZone: 'Asia/Baghdad',
  livePages: [{ folder: 'vote-count', title: 'The vote count, live', lang: 'en' }],
})
const collection = (name: string) => {
  const found = config.collections.find((candidate) => candidate.name === name)
  assert.ok(found, name)
  return found
}
const field = (fields: readonly AdminField[], name: string) => {
  const found = fields.find((candidate) => candidate.name === name)
  assert.ok(found, name)
  return found
}

/** The admin asks for exactly the schema's fields, required where the build requires them. */
function assertMatchesSchema(fields: readonly AdminField[], schema: Fields, where: string) {
  assert.deepEqual(
    fields.map((admin) => admin.name).filter((name) => name !== 'body'),
    Object.keys(schema),
    `${where}: the same fields, in the schema's order`,
  )
  for (const admin of fields) {
    const spec: FieldSpec | undefined = schema[admin.name]
    if (!spec) continue
    if (admin.widget !== 'hidden')
      assert.equal(admin.required, spec.required, `${where}.${admin.name}: required`)
    const nested =
      spec.kind === 'nested'
        ? spec.fields
        : spec.kind === 'list' && spec.of.kind === 'nested'
          ? spec.of.fields
          : undefined
    if (nested) assertMatchesSchema(admin.fields ?? [], nested, `${where}.${admin.name}`)
  }
}

describe('the admin configuration', () => {
  it('has a collection per document type (articles and pages per edition) with the schema’s fields', () => {
    const types = Object.fromEntries(CONTENT_SCHEMA.map((spec) => [spec.name, spec.fields]))
    for (const edition of ['en', 'ar']) {
      assertMatchesSchema(
        collection(`articles-${edition}`).fields,
        types.Article ?? {},
        `articles-${edition}`,
      )
      assertMatchesSchema(
        collection(`pages-${edition}`).fields,
        types.Page ?? {},
        `pages-${edition}`,
      )
    }
    for (const edition of ['en', 'ar'])
      assertMatchesSchema(
        collection(`live-${edition}`).fields,
        types.LivePage ?? {},
        `live-${edition}`,
      )
    assertMatchesSchema(
      collection('updates-vote-count').fields,
      types.LiveUpdate ?? {},
      'updates-vote-count',
    )
    assertMatchesSchema(collection('sections').fields, types.Section ?? {}, 'sections')
    assertMatchesSchema(collection('authors').fields, types.Author ?? {}, 'authors')
  })

  it('files each edition’s articles where npm run new does, marked with their edition', () => {
    const arabic = collection('articles-ar')
    assert.equal(arabic.folder, 'content/articles')
    assert.equal(arabic.path, '{{year}}/{{month}}/{{slug}}')
    assert.deepEqual(arabic.filter, { field: 'lang', value: 'ar' })
    // English is what a story without `lang:` is (Contentlayer's default): listed there too.
    assert.deepEqual(collection('articles-en').filter, { field: 'lang', value: ['en', null] })
    assert.deepEqual(collection('pages-en').filter, { field: 'lang', value: ['en', null] })
    assert.deepEqual(
      {
        widget: field(arabic.fields, 'lang').widget,
        default: field(arabic.fields, 'lang').default,
      },
      { widget: 'hidden', default: 'ar' },
    )
  })

  it('files a live page as a folder and each running page’s updates in it, one file per update', () => {
    const live = collection('live-ar')
    assert.deepEqual([live.folder, live.path], ['content/live', '{{slug}}/index'])
    assert.deepEqual(live.filter, { field: 'lang', value: 'ar' })
    assert.deepEqual(field(live.fields, 'status').options, ['live', 'ended'])
    assert.equal(field(live.fields, 'draft').default, true)
    // An empty introduction is allowed on a live page: the updates are its text.
    assert.equal(field(live.fields, 'body').required, false)
    const updates = collection('updates-vote-count')
    assert.equal(updates.label, 'Updates — The vote count, live')
    assert.equal(updates.folder, 'content/live/vote-count/updates')
    // Two reporters filing in the same minute get two files, never one overwritten.
    assert.match(updates.slug ?? '', /\{\{uuid_shorter\}\}$/)
    const time = field(updates.fields, 'time')
    // Stamped now, with the reporter's offset kept (e2e: tests/e2e/admin.spec.ts).
    assert.deepEqual(
      [time.default, time.format, time.output_utc, time.required],
      ['{{now}}', 'YYYY-MM-DDTHH:mm:ssZ', false, true],
    )
    assert.equal(field(updates.fields, 'author').multiple, false)
    assert.equal(field(updates.fields, 'body').required, true)
    // Only the pages named: an ended page's updates are not offered for new ones.
    assert.deepEqual(
      config.collections.filter((c) => c.name.startsWith('updates-')).map((c) => c.name),
      ['updates-vote-count'],
    )
  })

  it('chooses sections and authors from the real files, dates with an offset, drafts first', () => {
    const articles = collection('articles-en').fields
    assert.equal(field(articles, 'section').widget, 'relation')
    assert.equal(field(articles, 'section').collection, 'sections')
    assert.equal(field(articles, 'authors').collection, 'authors')
    assert.equal(field(articles, 'authors').multiple, true)
    assert.equal(field(collection('sections').fields, 'parent').collection, 'sections')
    assert.equal(field(articles, 'date').format, 'YYYY-MM-DDTHH:mm:ssZ')
    // Picked and written in the newsroom's zone, whatever the editor's browser says.
    for (const name of ['date', 'updated'])
      assert.deepEqual(
        [field(articles, name).input_timezone, field(articles, name).output_utc],
        ['Asia/Baghdad', false],
      )
    const corrections = field(articles, 'corrections').fields ?? []
    assert.equal(field(corrections, 'date').input_timezone, 'Asia/Baghdad')
    assert.equal(field(articles, 'draft').default, true)
    const image = field(articles, 'image').fields ?? []
    assert.equal(field(image, 'src').widget, 'image')
    assert.equal(field(image, 'alt').required, true)
    // A gallery's pictures, a video and a recording are files beside the story too.
    const gallery = field(articles, 'gallery').fields ?? []
    assert.equal(field(gallery, 'src').widget, 'image')
    assert.deepEqual(
      ['caption', 'credit'].map((name) => field(gallery, name).required),
      [true, true],
    )
    const video = field(articles, 'video').fields ?? []
    assert.deepEqual(
      ['src', 'poster', 'captions'].map((name) => field(video, name).widget),
      ['file', 'image', 'file'],
    )
    assert.equal(field(field(articles, 'audio').fields ?? [], 'src').widget, 'file')
    assert.equal(field(articles, 'body').required, true)
  })

  it('signs in to the repository site.yml names', () => {
    const named = adminConfig(CONTENT_SCHEMA, {
      editions,
      admin: { repo: 'gazette/portal', branch: 'live', authUrl: 'https://auth.example.org' },
      timeZone: 'Asia/Baghdad',
    })
    assert.deepEqual(named.backend, {
      name: 'github',
      repo: 'gazette/portal',
      branch: 'live',
      base_url: 'https://auth.example.org',
      squash_merges: true,
      preview_context: 'preview',
    })
  })

  it('sends every change through review: a branch and a pull request per story, previewed', () => {
    assert.equal(config.publish_mode, 'editorial_workflow')
    // The admin's preview button opens the deployment the workflow's preview job makes.
    const workflow = readFileSync(path.join(REPO, '.github', 'workflows', 'site.yml'), 'utf8')
    const jobs = (parse(workflow) as { jobs: Record<string, { environment?: { name?: string } }> })
      .jobs
    assert.equal(jobs.preview?.environment?.name, config.backend.preview_context)
  })
})

describe('the admin page', () => {
  it('has its own policy: no eval, nothing from other sites but GitHub and the sign-in service', () => {
    const policy = adminPolicy('https://auth.example.org/path')
    assert.doesNotMatch(policy, /'unsafe-eval'/)
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'(;|$)/)
    assert.match(policy, /connect-src [^;]*https:\/\/auth\.example\.org(;|$)/)
    assert.match(policy, /frame-src 'none'/)
    const page = adminPage()
    assert.match(page, /<meta name="robots" content="noindex, nofollow">/)
    assert.ok(page.includes(`content="${adminPolicy()}"`))
  })

  it('points Sveltia’s faces at its own files and refuses an unknown one', () => {
    const css =
      'src:url(https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2)'
    assert.equal(
      withOwnFonts(css, ['source-sans-3-latin-wght-normal-Bq.woff2'], '/admin/sveltia/assets'),
      'src:url(/admin/sveltia/assets/source-sans-3-latin-wght-normal-Bq.woff2)',
    )
    assert.throws(() => withOwnFonts(css, [], '/a'), /has no such file/)
  })

  it('loads the interface languages as script modules', () => {
    assert.equal(
      withLocaleModules('ar:()=>import(`../locales/ar.json`),'),
      'ar:()=>import(`../locales/ar.js`),',
    )
    assert.throws(() => withLocaleModules('nothing'), /no longer loads/)
  })
})
