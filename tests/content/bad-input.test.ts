/**
 * Every kind of editor mistake stops `npm run build` before any page is rendered, with a message
 * that names the file and the field, and leaves the published out/ exactly as it was.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { build, createWorkspace, hashTree, type Workspace } from '../support/fixture-site'


const article = (frontMatter: string, body = 'Body text.') => `---\n${frontMatter.trim()}\n---\n${body}\n`
const valid = `
title: A valid headline
summary: A valid standfirst.
date: 2026-11-20T09:00:00+03:00
section: local-news
`

type Case = {
  name: string
  files: Record<string, string>
  /** Every pattern must appear in the build output */
  expect: RegExp[]
}

const cases: Case[] = [
  {
    name: 'a missing required field',
    files: { 'content/articles/no-title.md': article(valid.replace('title: A valid headline', '')) },
    expect: [/content\/articles\/no-title\.md:2: title: is missing \(expected text\)/],
  },
  {
    name: 'a field with the wrong type',
    files: { 'content/articles/wrong-type.md': article(`${valid}\nauthors: ada-reporter`) },
    expect: [/content\/articles\/wrong-type\.md:7: authors: is "ada-reporter", not a list \(expected a list of text\)/],
  },
  {
    name: 'a misspelt field name',
    files: { 'content/articles/typo.md': article(`${valid}\nsumary: Oops`) },
    expect: [/content\/articles\/typo\.md:7: sumary: is not a field: did you mean "summary"\?/],
  },
  {
    name: 'front matter that is not valid YAML',
    files: { 'content/articles/bad-yaml.md': article(`${valid}\ntags: [unclosed`) },
    expect: [/content\/articles\/bad-yaml\.md/, /YAML/],
  },
  {
    name: 'an image without alt text',
    files: { 'content/articles/no-alt.md': article(`${valid}\nimage:\n  src: /images/sample/river.jpg`) },
    expect: [/content\/articles\/no-alt\.md:7: image\.alt: is missing \(expected text/],
  },
  {
    name: 'an unknown section',
    files: { 'content/articles/lost.md': article(valid.replace('local-news', 'sports')) },
    expect: [/content\/articles\/lost\.md:\d+: section: "sports" is not a section \(known: .*"economy"/],
  },
  {
    name: 'an unknown author',
    files: { 'content/articles/ghost.md': article(`${valid}\nauthors:\n  - ada-reporter\n  - nobody`) },
    expect: [/content\/articles\/ghost\.md:\d+: authors\[1\]: "nobody" is not an author/],
  },
  {
    name: 'a date that is not a date',
    files: {
      'content/articles/feb-30.md': article(valid.replace('2026-11-20', '2026-02-30')),
      'content/articles/tomorrow.md': article(valid.replace('2026-11-20T09:00:00+03:00', 'tomorrow')),
    },
    expect: [
      /content\/articles\/feb-30\.md:\d+: date: "2026-02-30T09:00:00\+03:00" is not a real calendar date/,
      /content\/articles\/tomorrow\.md:\d+: date: "tomorrow" is not a date-time/,
    ],
  },
  {
    name: 'a lead image file that does not exist',
    files: { 'content/articles/no-file.md': article(`${valid}\nimage:\n  src: /images/nowhere.jpg\n  alt: Nothing`) },
    expect: [/content\/articles\/no-file\.md:\d+: image\.src: "\/images\/nowhere\.jpg" does not exist/],
  },
  {
    name: 'two articles with the same slug in one edition',
    files: { 'content/articles/2025/lead-story.md': article(valid) },
    expect: [/content\/articles\/2025\/lead-story\.md:1: file name: slug "lead-story" is used by another article/],
  },
  {
    name: 'a section slug used twice',
    files: { 'content/sections/old/economy.md': '---\ntitle: Money\n---\n' },
    expect: [/content\/sections\/old\/economy\.md:1: file name: slug "economy" is used by another section/],
  },
  {
    name: 'an edition that does not exist',
    files: { 'content/articles/french.md': article(`${valid}\nlang: fr`) },
    expect: [/content\/articles\/french\.md:\d+: lang: "fr" is not a published edition/],
  },
  {
    name: 'a translation key that points nowhere',
    files: { 'content/articles/orphan.md': article(`${valid}\ntranslationKey: no-such-story`) },
    expect: [/content\/articles\/orphan\.md:\d+: translationKey: "no-such-story" matches no article in another edition/],
  },
  {
    name: 'two articles of one edition sharing a translation key',
    files: { 'content/articles/twin.md': article(`${valid}\ntranslationKey: river-bridge`) },
    expect: [/content\/articles\/twin\.md:\d+: translationKey: "river-bridge" is shared with another en article/],
  },
  {
    name: 'a broken site configuration',
    files: { 'content/site.yml': 'name: Gazette\nbaseUrl: not a url\ntimeZone: Asia/Baghdad\ndefaultEdition: en\neditions: []\n' },
    expect: [/content\/site\.yml: baseUrl:/, /content\/site\.yml: editions:/],
  },
]

describe('bad content stops the build and names the file', () => {
  let workspace: Workspace
  let publishedHash: string

  before(() => {
    workspace = createWorkspace('newsroom', 'bad-input')
    // A previously published site, which no failed build may touch.
    workspace.write('out/index.html', '<!doctype html><title>Published</title>')
    workspace.write('out/en/index.html', '<!doctype html><title>Published front page</title>')
    publishedHash = hashTree(workspace.out)
  })

  after(() => workspace.remove(''))

  for (const testCase of cases) {
    it(`rejects ${testCase.name}`, () => {
      const originals = new Map<string, string | undefined>()
      for (const [file, text] of Object.entries(testCase.files)) {
        let original: string | undefined
        try {
          original = workspace.read(file)
        } catch {
          original = undefined
        }
        originals.set(file, original)
        workspace.write(file, text)
      }
      try {
        const result = build(workspace)
        assert.notEqual(result.status, 0, `the build should fail:\n${result.output}`)
        for (const pattern of testCase.expect) assert.match(result.output, pattern)
        assert.match(result.output, /Build stopped/)
        assert.doesNotMatch(result.output, /Rendering pages/, 'no page may be rendered')
        assert.equal(hashTree(workspace.out), publishedHash, 'out/ must be left as it was')
      } finally {
        for (const [file, original] of originals) {
          if (original === undefined) workspace.remove(file)
          else workspace.write(file, original)
        }
      }
    })
  }
})
