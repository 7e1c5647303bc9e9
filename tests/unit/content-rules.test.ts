import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { validateContent, type ArticleInput, type ContentInput } from '../../lib/content-rules'
import { formatProblem } from '../../lib/problems'

// A 1×1 PNG, so image checks can find and measure a real file.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)

function project(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'rules-'))
  mkdirSync(path.join(root, 'public', 'images'), { recursive: true })
  mkdirSync(path.join(root, 'content', 'articles', '2026'), { recursive: true })
  writeFileSync(path.join(root, 'public', 'images', 'ok.png'), PNG)
  writeFileSync(path.join(root, 'content', 'articles', '2026', 'beside.png'), PNG)
  return root
}

const article = (overrides: Partial<ArticleInput> = {}): ArticleInput => ({
  sourceFile: 'content/articles/2026/story.md',
  slug: 'story',
  title: 'A story',
  summary: 'What happened.',
  date: '2026-11-27T09:30:00+03:00',
  section: 'local-news',
  lang: 'en',
  ...overrides,
})

function input(overrides: Partial<ContentInput> = {}): ContentInput {
  return {
    articles: [article()],
    sections: [
      { sourceFile: 'content/sections/iraq.md', slug: 'iraq', title: 'Iraq News' },
      {
        sourceFile: 'content/sections/local-news.md',
        slug: 'local-news',
        title: 'Local News',
        parent: 'iraq',
      },
    ],
    authors: [{ sourceFile: 'content/authors/layla.md', slug: 'layla', name: 'Layla' }],
    pages: [{ sourceFile: 'content/pages/about.md', slug: 'about', title: 'About', lang: 'en' }],
    editions: ['en'],
    root: project(),
    ...overrides,
  }
}

const messages = (value: ContentInput) => validateContent(value).map(formatProblem)

describe('content rules', () => {
  it('accepts valid content', () => {
    assert.deepEqual(messages(input()), [])
  })

  it('names the file and field of an unknown section and lists the known ones', () => {
    assert.deepEqual(messages(input({ articles: [article({ section: 'sports' })] })), [
      'content/articles/2026/story.md: section: "sports" is not a section (known: "iraq", "local-news")',
    ])
  })

  it('names an unknown author by position', () => {
    const [problem] = messages(input({ articles: [article({ authors: ['layla', 'nobody'] })] }))
    assert.match(problem ?? '', /story\.md: authors\[1\]: "nobody" is not an author/)
  })

  it('rejects impossible and offset-less dates, and updates before publication', () => {
    const found = messages(
      input({
        articles: [
          article({ date: '2026-02-30T10:00:00+03:00' }),
          article({ sourceFile: 'content/articles/b.md', slug: 'b', date: 'last week' }),
          article({
            sourceFile: 'content/articles/c.md',
            slug: 'c',
            updated: '2026-11-01T10:00:00+03:00',
          }),
        ],
      }),
    )
    assert.equal(found.length, 3)
    assert.match(
      found.join('\n'),
      /story\.md: date: "2026-02-30T10:00:00\+03:00" is not a real calendar date/,
    )
    assert.match(found.join('\n'), /b\.md: date: "last week" is not a date-time/)
    assert.match(found.join('\n'), /c\.md: updated: .* is earlier than the publication date/)
  })

  it('rejects the same slug twice in one edition, naming both files', () => {
    const found = messages(
      input({ articles: [article(), article({ sourceFile: 'content/articles/2025/story.md' })] }),
    )
    assert.equal(found.length, 2)
    assert.match(
      found[0] ?? '',
      /2025\/story\.md: file name: slug "story" is used by another article in this edition: content\/articles\/2026\/story\.md/,
    )
  })

  it('rejects a section slug used twice and a parent that does not exist or loops', () => {
    const found = messages(
      input({
        sections: [
          {
            sourceFile: 'content/sections/iraq.md',
            slug: 'iraq',
            title: 'Iraq',
            parent: 'local-news',
          },
          {
            sourceFile: 'content/sections/local-news.md',
            slug: 'local-news',
            title: 'Local',
            parent: 'iraq',
          },
          { sourceFile: 'content/sections/old/iraq.md', slug: 'iraq', title: 'Iraq again' },
          {
            sourceFile: 'content/sections/world.md',
            slug: 'world',
            title: 'World',
            parent: 'globe',
          },
        ],
      }),
    )
    const text = found.join('\n')
    assert.match(text, /old\/iraq\.md: file name: slug "iraq" is used by another section/)
    assert.match(text, /world\.md: parent: "globe" is not a section/)
    assert.match(text, /sections form a loop/)
  })

  it('checks images: alt text present, file present, relative paths resolved beside the article', () => {
    const found = messages(
      input({
        articles: [
          article({ image: { src: '/images/ok.png', alt: 'A fine picture' } }),
          article({
            sourceFile: 'content/articles/2026/b.md',
            slug: 'b',
            image: { src: 'beside.png', alt: 'Beside' },
          }),
          article({
            sourceFile: 'content/articles/2026/c.md',
            slug: 'c',
            image: { src: '/images/missing.jpg', alt: 'x' },
          }),
          article({
            sourceFile: 'content/articles/2026/d.md',
            slug: 'd',
            image: { src: '/images/ok.png', alt: '  ' },
          }),
          article({
            sourceFile: 'content/articles/2026/e.md',
            slug: 'e',
            image: { src: '../../../etc/passwd', alt: 'x' },
          }),
        ],
      }),
    )
    assert.deepEqual(found, [
      'content/articles/2026/c.md: image.src: "/images/missing.jpg" does not exist (looked for public/images/missing.jpg)',
      'content/articles/2026/d.md: image.alt: must describe the picture for readers who cannot see it',
      'content/articles/2026/e.md: image.src: "../../../etc/passwd" points outside the content folder',
    ])
  })

  it('rejects an edition that is not published and a reserved slug', () => {
    const found = messages(
      input({
        articles: [
          article(),
          article({ sourceFile: 'content/articles/fr.md', slug: 'fr', lang: 'fr' }),
          article({ sourceFile: 'content/articles/page.md', slug: 'page' }),
        ],
      }),
    )
    assert.match(
      found.join('\n'),
      /fr\.md: lang: "fr" is not a published edition \(expected one of "en"\)/,
    )
    assert.match(found.join('\n'), /page\.md: file name: "page" is reserved/)
  })

  it('rejects a file name that would make a bad URL', () => {
    const [problem] = messages(
      input({
        articles: [
          article({ slug: 'Bridge Reopens', sourceFile: 'content/articles/Bridge Reopens.md' }),
        ],
      }),
    )
    assert.match(
      problem ?? '',
      /Bridge Reopens\.md: file name: "Bridge Reopens" must be lower-case words joined by hyphens/,
    )
  })

  it('rejects two articles of one edition sharing a translation key', () => {
    const found = messages(
      input({
        articles: [
          article({ translationKey: 'bridge' }),
          article({
            sourceFile: 'content/articles/other.md',
            slug: 'other',
            translationKey: 'bridge',
          }),
        ],
      }),
    )
    assert.equal(found.length, 2)
    assert.match(found[0] ?? '', /translationKey: "bridge" is shared with another en article/)
  })

  it('requires every edition to have an article and a page', () => {
    assert.deepEqual(messages(input({ articles: [], pages: [] })), [
      'content/articles/: the "en" edition has no articles: add at least one, or remove the edition from content/site.yml',
      'content/pages/: the "en" edition has no pages: add at least an about page',
    ])
  })
  it('rejects a translation key that points nowhere, and accepts a pair across editions', () => {
    const pages = [
      { sourceFile: 'content/pages/about.md', slug: 'about', title: 'About', lang: 'en' },
      { sourceFile: 'content/pages/ar/about.md', slug: 'about', title: 'من نحن', lang: 'ar' },
    ]
    const pair = [
      article({ translationKey: 'bridge' }),
      article({
        sourceFile: 'content/articles/ar/جسر.md',
        slug: 'جسر',
        lang: 'ar',
        translationKey: 'bridge',
      }),
    ]
    assert.deepEqual(messages(input({ editions: ['en', 'ar'], articles: pair, pages })), [])
    assert.deepEqual(messages(input({ articles: [article({ translationKey: 'brigde' })] })), [
      'content/articles/2026/story.md: translationKey: "brigde" matches no article in another edition: check the spelling, or remove it until the translation exists',
    ])
  })
})
