import assert from 'node:assert/strict'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { validateContent, type ArticleInput, type ContentInput } from '../../lib/content/rules'
import { checkImageFile } from '../../lib/content/image-files'
import { checkMediaFile } from '../../lib/content/media-files'
import { formatProblem } from '../../lib/content/problems'
import { tempFolder } from '../support/temp-folder'

// A 1×1 PNG, so image checks can find and measure a real file.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)

/** The same picture's header saying 1,200 × 675: as wide as a lead picture should be. */
const WIDE_PNG = Buffer.from(PNG)
WIDE_PNG.writeUInt32BE(1200, 16)
WIDE_PNG.writeUInt32BE(675, 20)

function project(): string {
  const root = tempFolder('rules')
  mkdirSync(path.join(root, 'public', 'images'), { recursive: true })
  mkdirSync(path.join(root, 'content', 'articles', '2026'), { recursive: true })
  writeFileSync(path.join(root, 'public', 'images', 'ok.png'), WIDE_PNG)
  writeFileSync(path.join(root, 'public', 'images', 'small.png'), PNG)
  writeFileSync(path.join(root, 'content', 'articles', '2026', 'beside.png'), PNG)
  return root
}

const article = (overrides: Partial<ArticleInput> = {}): ArticleInput => ({
  sourceFile: 'content/articles/2026/story.md',
  slug: 'story',
  // Each file its own headline: a headline used twice is a warning of its own.
  title: `A story (${overrides.sourceFile ?? 'story'})`,
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
    checkImageFile,
    checkMediaFile,
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

  it('lets a draft wait for its standfirst with a warning, and stops a published story without one', () => {
    const [draft] = validateContent(input({ articles: [article({ summary: ' ', draft: true })] }))
    assert.equal(draft?.severity, 'warning')
    assert.match(
      formatProblem(draft!),
      /story\.md: summary: is still empty: write it before setting draft: false/,
    )
    const [published] = validateContent(input({ articles: [article({ summary: '' })] }))
    assert.equal(published?.severity, undefined)
    assert.match(formatProblem(published!), /story\.md: summary: must not be empty/)
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
      'content/articles/2026/b.md: image.src: "beside.png" is 1 px wide; search engines show a story\'s picture large (Google Discover) from 1,200 px: use a wider one where you have it',
      'content/articles/2026/c.md: image.src: "/images/missing.jpg" does not exist (looked for public/images/missing.jpg)',
      'content/articles/2026/d.md: image.alt: must describe the picture for readers who cannot see it',
      'content/articles/2026/e.md: image.src: "../../../etc/passwd" must be a plain path under public/ (starting with /) or beside the file, without "..", "\\", "%", "?" or "#"',
    ])
  })

  it('never lets an image path leave public/ or content/, and says nothing of what exists outside', () => {
    const root = project()
    const sources = [
      '/../../../etc/hostname.png',
      '/../../../no/such/file.png',
      '/images/../../secret.png',
      '../../../public/images/ok.png',
      '/images/%2e%2e/ok.png',
      '/images\\..\\ok.png',
    ]
    const found = messages(
      input({
        root,
        articles: sources.map((src, index) =>
          article({
            sourceFile: `content/articles/2026/s${index}.md`,
            slug: `s${index}`,
            image: { src, alt: 'x' },
          }),
        ),
      }),
    )
    assert.equal(found.length, sources.length)
    const withoutPath = new Set(
      found.map((line, index) =>
        line.replace(`s${index}.md`, '').replace(sources[index] ?? '', ''),
      ),
    )
    assert.equal(
      withoutPath.size,
      1,
      `one message for every escape, existing or not:\n${found.join('\n')}`,
    )
  })

  it('refuses SVG, links, files that are not what they say, and pictures past the limits', () => {
    const root = project()
    const images = path.join(root, 'public', 'images')
    writeFileSync(
      path.join(images, 'drawing.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    )
    symlinkSync('/etc/passwd', path.join(images, 'passwd.png'))
    symlinkSync(images, path.join(root, 'public', 'linked'))
    writeFileSync(path.join(images, 'page.png'), '<html><script>alert(1)</script></html>')
    // A PNG header claiming 8000×7500 pixels (60 megapixels): only the header is read.
    const huge = Buffer.from(PNG)
    huge.writeUInt32BE(8000, 16)
    huge.writeUInt32BE(7500, 20)
    writeFileSync(path.join(images, 'huge.png'), huge)
    const cases: [string, RegExp][] = [
      ['/images/drawing.svg', /SVG can carry script/],
      ['/images/passwd.png', /goes through a symbolic link/],
      ['/linked/ok.png', /goes through a symbolic link \(public\/linked\/ok\.png\)/],
      ['/images/page.png', /is not a JPEG, PNG, WebP, AVIF or GIF image/],
      ['/images/huge.png', /is 8000×7500 \(60\.0 megapixels\); at most 40\.0 megapixels/],
    ]
    const found = messages(
      input({
        root,
        articles: cases.map(([src], index) =>
          article({
            sourceFile: `content/articles/2026/i${index}.md`,
            slug: `i${index}`,
            image: { src, alt: 'x' },
          }),
        ),
      }),
    )
    cases.forEach(([src, pattern], index) => {
      const line = found.find((text) =>
        text.startsWith(`content/articles/2026/i${index}.md: image.src: "${src}" `),
      )
      assert.ok(line, `${src} is reported:\n${found.join('\n')}`)
      assert.match(line, pattern)
    })
  })

  it('gives author links the same address check as sources', () => {
    const found = messages(
      input({
        authors: [
          {
            sourceFile: 'content/authors/ada.md',
            slug: 'ada',
            name: 'Ada',
            links: [
              { label: 'Site', url: 'https://example.org/ada' },
              { label: 'Data', url: 'data:text/html,<script>alert(1)</script>' },
              { label: 'VB', url: 'vbscript:msgbox(1)' },
              { label: 'JS', url: 'javascript:alert(1)' },
            ],
          },
        ],
      }),
    )
    assert.deepEqual(
      found
        .filter((line) => line.includes('links['))
        .map((line) => line.split(':').slice(0, 2).join(':')),
      [
        'content/authors/ada.md: links[1].url',
        'content/authors/ada.md: links[2].url',
        'content/authors/ada.md: links[3].url',
      ],
    )
  })

  it('refuses images a story would load from another site', () => {
    const found = messages(
      input({
        articles: [
          article({
            body: {
              html: '<p><img src="https://tracker.example/pixel.gif" alt=""></p><p><img src="/images/ok.png" alt="ok"></p>',
            },
          }),
        ],
      }),
    )
    assert.deepEqual(
      found
        .filter((line) => line.includes(': body:'))
        .map((line) => /https:\/\/\S+/.exec(line)?.[0]),
      ['https://tracker.example/pixel.gif'],
    )
  })

  it('gives one story one address: look-alike slugs and tags are refused', () => {
    const found = messages(
      input({
        articles: [
          article({ sourceFile: 'content/articles/cafe.md', slug: 'cafe' }),
          article({ sourceFile: 'content/articles/café.md', slug: 'caf\u00e9' }),
          article({ sourceFile: 'content/articles/decomposed.md', slug: 'cafe\u0301' }),
          article({ sourceFile: 'content/articles/con.md', slug: 'con' }),
          article({ sourceFile: 'content/articles/filler.md', slug: 'story\u3164' }),
          article({ sourceFile: 'content/articles/long-s.md', slug: '\u017Ftory' }),
          article({ sourceFile: 'content/articles/story-1.md', slug: 'story-1', tags: ['Café'] }),
          article({
            sourceFile: 'content/articles/story-١.md',
            slug: 'story-\u0661',
            tags: ['Cafe'],
          }),
        ],
      }),
    ).join('\n')
    assert.match(
      found,
      /café\.md: file name: slug "café" is used by another article in this edition \(or one that looks the same\): content\/articles\/cafe\.md/,
    )
    assert.match(found, /decomposed\.md: file name: .* is not in composed Unicode \(NFC\)/)
    assert.match(found, /con\.md: file name: "con" is a device name that Windows cannot save/)
    assert.match(
      found,
      /filler\.md: file name: "story<U\+3164>" holds the invisible or combining character U\+3164/,
    )
    assert.match(found, /long-s\.md: file name: .*U\+017F "ſ", a letter that imitates another/)
    assert.match(found, /story-١\.md: file name: slug "story-١" is used by another article/)
    assert.match(found, /story-١\.md: tags\[0\]: "Cafe" looks like the tag "Café"/)
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
      /Bridge Reopens\.md: file name: "Bridge Reopens" must be lower case: "bridge reopens"/,
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
