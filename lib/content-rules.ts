/**
 * The rules Contentlayer's schema cannot express: real dates, allowed values, references between
 * files, unique slugs and image files. Pure over plain document data, so it is unit-tested without
 * a build; scripts/check-content.ts runs it before any page is rendered.
 */
import { checkDateOrDateTime, checkDateTime } from './dates'
import { imageFileExists, readImageDimensions, resolveImage } from './images'
import type { ContentProblem } from './problems'
import { RESERVED_ARTICLE_SLUGS, RESERVED_SECTION_SLUGS, isValidSlug, tagSlug } from './routes'

type ImageInput = { src: string; alt: string }

export type ArticleInput = {
  sourceFile: string
  slug: string
  title: string
  summary: string
  date: string
  updated?: string | undefined
  section: string
  authors?: string[] | undefined
  tags?: string[] | undefined
  image?: ImageInput | undefined
  source?: { name: string; url?: string | undefined } | undefined
  lang: string
  translationKey?: string | undefined
  corrections?: { date: string; text: string }[] | undefined
}

export type SectionInput = {
  sourceFile: string
  slug: string
  title: string
  parent?: string | undefined
}
export type AuthorInput = {
  sourceFile: string
  slug: string
  name: string
  avatar?: ImageInput | undefined
}
export type PageInput = {
  sourceFile: string
  slug: string
  title: string
  lang: string
  updated?: string | undefined
}

export type ContentInput = {
  articles: readonly ArticleInput[]
  sections: readonly SectionInput[]
  authors: readonly AuthorInput[]
  pages: readonly PageInput[]
  editions: readonly string[]
  /** The project folder holding content/ and public/ */
  root: string
}

const list = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ')

export function validateContent(input: ContentInput): ContentProblem[] {
  const problems: ContentProblem[] = []
  const report = (file: string, field: string, message: string) =>
    problems.push({ file, field, message })

  checkSlugs(input, report)
  checkSections(input, report)
  checkAuthors(input, report)
  checkPages(input, report)
  checkArticles(input, report)
  checkEditionsHaveContent(input, report)

  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.field.localeCompare(b.field))
}

type Report = (file: string, field: string, message: string) => void

function checkSlugs({ articles, sections, authors, pages }: ContentInput, report: Report) {
  const all = [...articles, ...sections, ...authors, ...pages]
  for (const doc of all) {
    if (!isValidSlug(doc.slug)) {
      report(
        doc.sourceFile,
        'file name',
        `"${doc.slug}" must be lower-case words joined by hyphens, e.g. "bridge-reopens"`,
      )
    }
  }
  reportDuplicates(sections, (doc) => doc.slug, 'section', report)
  reportDuplicates(authors, (doc) => doc.slug, 'author', report)
  reportDuplicates(articles, (doc) => `${doc.lang}/${doc.slug}`, 'article in this edition', report)
  reportDuplicates(pages, (doc) => `${doc.lang}/${doc.slug}`, 'page in this edition', report)
}

function reportDuplicates<T extends { sourceFile: string; slug: string }>(
  docs: readonly T[],
  key: (doc: T) => string,
  kind: string,
  report: Report,
) {
  const byKey = new Map<string, T[]>()
  for (const doc of docs) byKey.set(key(doc), [...(byKey.get(key(doc)) ?? []), doc])
  for (const group of byKey.values()) {
    if (group.length < 2) continue
    for (const doc of group) {
      const others = group.filter((other) => other !== doc).map((other) => other.sourceFile)
      report(
        doc.sourceFile,
        'file name',
        `slug "${doc.slug}" is used by another ${kind}: ${others.join(', ')}`,
      )
    }
  }
}

function checkSections({ sections }: ContentInput, report: Report) {
  const bySlug = new Map(sections.map((section) => [section.slug, section]))
  for (const section of sections) {
    if ((RESERVED_SECTION_SLUGS as readonly string[]).includes(section.slug)) {
      report(
        section.sourceFile,
        'file name',
        `"${section.slug}" is reserved for the site's own pages (${list(RESERVED_SECTION_SLUGS)})`,
      )
    }
    if (!section.title.trim()) report(section.sourceFile, 'title', 'must not be empty')
    if (section.parent === undefined) continue
    if (!bySlug.has(section.parent)) {
      report(
        section.sourceFile,
        'parent',
        `"${section.parent}" is not a section (known: ${list([...bySlug.keys()])})`,
      )
      continue
    }
    const seen = new Set([section.slug])
    let parent: string | undefined = section.parent
    while (parent !== undefined) {
      if (seen.has(parent)) {
        report(
          section.sourceFile,
          'parent',
          `sections form a loop: ${[...seen, parent].join(' → ')}`,
        )
        break
      }
      seen.add(parent)
      parent = bySlug.get(parent)?.parent
    }
  }
}

function checkImage(
  image: ImageInput | undefined,
  sourceFile: string,
  field: string,
  root: string,
  report: Report,
) {
  if (!image) return
  if (!image.alt.trim())
    report(sourceFile, `${field}.alt`, 'must describe the picture for readers who cannot see it')
  const resolved = resolveImage(image.src, sourceFile, root)
  if (!resolved) {
    report(sourceFile, `${field}.src`, `"${image.src}" points outside the content folder`)
  } else if (!imageFileExists(resolved)) {
    const where = image.src.startsWith('/')
      ? `public${image.src}`
      : resolved.file.slice(root.length + 1)
    report(sourceFile, `${field}.src`, `"${image.src}" does not exist (looked for ${where})`)
  } else if (!readImageDimensions(resolved.file)) {
    report(
      sourceFile,
      `${field}.src`,
      `"${image.src}" is not an image this site can read (JPEG, PNG, WebP, AVIF, GIF or SVG)`,
    )
  }
}

function checkAuthors({ authors, root }: ContentInput, report: Report) {
  for (const author of authors) {
    if (!author.name.trim()) report(author.sourceFile, 'name', 'must not be empty')
    checkImage(author.avatar, author.sourceFile, 'avatar', root, report)
  }
}

function checkLang(
  doc: { sourceFile: string; lang: string },
  editions: readonly string[],
  report: Report,
) {
  if (!editions.includes(doc.lang)) {
    report(
      doc.sourceFile,
      'lang',
      `"${doc.lang}" is not a published edition (expected one of ${list(editions)})`,
    )
  }
}

function checkPages({ pages, editions }: ContentInput, report: Report) {
  for (const page of pages) {
    checkLang(page, editions, report)
    if (!page.title.trim()) report(page.sourceFile, 'title', 'must not be empty')
    if (page.updated !== undefined) {
      const updated = checkDateOrDateTime(page.updated)
      if (!updated.ok) report(page.sourceFile, 'updated', updated.message)
    }
  }
}

function checkArticles(input: ContentInput, report: Report) {
  const { articles, sections, authors, editions, root } = input
  const sectionSlugs = sections.map((section) => section.slug)
  const authorSlugs = new Set(authors.map((author) => author.slug))

  for (const article of articles) {
    const file = article.sourceFile
    checkLang(article, editions, report)
    if (!article.title.trim()) report(file, 'title', 'must not be empty')
    if (!article.summary.trim())
      report(file, 'summary', 'must not be empty: it is the standfirst and the search description')
    if ((RESERVED_ARTICLE_SLUGS as readonly string[]).includes(article.slug)) {
      report(
        file,
        'file name',
        `"${article.slug}" is reserved for page numbers; choose another file name`,
      )
    }

    const published = checkDateTime(article.date)
    if (!published.ok) report(file, 'date', published.message)
    if (article.updated !== undefined) {
      const updated = checkDateTime(article.updated)
      if (!updated.ok) report(file, 'updated', updated.message)
      else if (published.ok && updated.date < published.date) {
        report(
          file,
          'updated',
          `${article.updated} is earlier than the publication date ${article.date}`,
        )
      }
    }

    if (!sectionSlugs.includes(article.section)) {
      report(
        file,
        'section',
        `"${article.section}" is not a section (known: ${list(sectionSlugs)})`,
      )
    }
    for (const [index, author] of (article.authors ?? []).entries()) {
      if (!authorSlugs.has(author)) {
        report(
          file,
          `authors[${index}]`,
          `"${author}" is not an author: add content/authors/${author}.md or fix the name`,
        )
      }
    }
    for (const [index, tag] of (article.tags ?? []).entries()) {
      if (!tagSlug(tag)) report(file, `tags[${index}]`, `"${tag}" has no letters or digits`)
    }
    checkImage(article.image, file, 'image', root, report)
    if (article.source?.url !== undefined && !isWebUrl(article.source.url)) {
      report(
        file,
        'source.url',
        `"${article.source.url}" is not a web address starting with https:// or http://`,
      )
    }
    for (const [index, correction] of (article.corrections ?? []).entries()) {
      const checked = checkDateOrDateTime(correction.date)
      if (!checked.ok) report(file, `corrections[${index}].date`, checked.message)
      if (!correction.text.trim()) report(file, `corrections[${index}].text`, 'must not be empty')
    }
  }

  checkTranslationKeys(articles, report)
}

/**
 * A translationKey links one article per edition: it must be shared with an article of another
 * edition (else it points nowhere), and never by two articles of the same edition.
 */
function checkTranslationKeys(articles: readonly ArticleInput[], report: Report) {
  const byKey = new Map<string, ArticleInput[]>()
  for (const article of articles) {
    if (article.translationKey === undefined) continue
    byKey.set(article.translationKey, [...(byKey.get(article.translationKey) ?? []), article])
  }
  for (const [key, group] of byKey) {
    for (const article of group) {
      const sameEdition = group.filter((other) => other !== article && other.lang === article.lang)
      const otherEditions = group.filter((other) => other.lang !== article.lang)
      if (sameEdition.length > 0) {
        report(
          article.sourceFile,
          'translationKey',
          `"${key}" is shared with another ${article.lang} article (${sameEdition.map((other) => other.sourceFile).join(', ')}); a key links one article per edition`,
        )
      } else if (otherEditions.length === 0) {
        report(
          article.sourceFile,
          'translationKey',
          `"${key}" matches no article in another edition: check the spelling, or remove it until the translation exists`,
        )
      }
    }
  }
}

/** Every published edition needs a story and a page (the footer links to it); a static export
 * cannot publish an edition whose article or page routes would be empty. */
function checkEditionsHaveContent(
  { articles, pages, sections, editions }: ContentInput,
  report: Report,
) {
  if (sections.length === 0)
    report('content/sections/', '', 'there are no sections: add at least one')
  for (const edition of editions) {
    if (!articles.some((article) => article.lang === edition)) {
      report(
        'content/articles/',
        '',
        `the "${edition}" edition has no articles: add at least one, or remove the edition from content/site.yml`,
      )
    }
    if (!pages.some((page) => page.lang === edition)) {
      report(
        'content/pages/',
        '',
        `the "${edition}" edition has no pages: add at least an about page`,
      )
    }
  }
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}
