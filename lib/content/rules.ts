/**
 * The rules Contentlayer's schema cannot express: real dates, allowed values, references between
 * files, unique slugs and image files. Pure over plain document data, so it is unit-tested without
 * a build; build/stages/check.ts runs it before any page is rendered.
 */
import path from 'node:path'
import { checkDateOrDateTime, checkDateTime } from './dates'
import type { ImageFileCheck } from './image-files'
import {
  isRemoteSource,
  isResolved,
  resolveContentFile,
  resolveImage,
  type ResolvedImage,
} from './images'
import { MEDIA_FILES, type HostedMediaKind, type MediaFileCheck } from './media-files'
import {
  readerTexts,
  type ArticleDocument,
  type AuthorDocument,
  type ImageField,
  type PageDocument,
  type SectionDocument,
} from './documents'
import type { ContentProblem } from './problems'
import {
  articleUrl,
  authorUrl,
  editionUrl,
  normaliseAddress,
  pageUrl,
  RESERVED_ARTICLE_SLUGS,
  RESERVED_SECTION_SLUGS,
  searchUrl,
  sectionUrl,
  tagSlug,
  tagUrl,
} from '../site/routes'
import { slugIdentity, slugProblem } from './slugs'

type ImageInput = Pick<ImageField, 'src' | 'alt'>

/**
 * What the rules read of each kind of document (lib/content/documents.ts): Contentlayer's
 * documents, or, when a file is misshapen, the documents made from the files themselves
 * (build/content/documents-from-files.ts), which may lack what a rule does not need.
 */
export type ArticleInput = Pick<
  ArticleDocument,
  'sourceFile' | 'slug' | 'title' | 'summary' | 'date' | 'section' | 'lang'
> &
  Partial<
    Pick<
      ArticleDocument,
      | 'updated'
      | 'authors'
      | 'tags'
      | 'source'
      | 'translationKey'
      | 'corrections'
      | 'aliases'
      | 'gallery'
      | 'video'
      | 'audio'
      | 'body'
      /** A draft is checked but not published: what it still lacks is a warning, not an error */
      | 'draft'
      | 'live'
    >
  > & { image?: ImageInput | undefined }

export type SectionInput = Pick<SectionDocument, 'sourceFile' | 'slug' | 'title' | 'parent'>
export type AuthorInput = Pick<AuthorDocument, 'sourceFile' | 'slug' | 'name' | 'links'> & {
  avatar?: ImageInput | undefined
}
export type PageInput = Pick<PageDocument, 'sourceFile' | 'slug' | 'title' | 'lang' | 'updated'>

export type ContentInput = {
  articles: readonly ArticleInput[]
  sections: readonly SectionInput[]
  authors: readonly AuthorInput[]
  pages: readonly PageInput[]
  editions: readonly string[]
  /** The project folder holding content/ and public/ */
  root: string
  /**
   * Looks at the file a picture path names (lib/content/image-files.ts): handed in, so these
   * rules read nothing themselves.
   */
  checkImageFile: (image: ResolvedImage, root: string, where: string) => ImageFileCheck
  /** Looks at a video, audio or captions file the same way (lib/content/media-files.ts) */
  checkMediaFile: (
    file: ResolvedImage,
    root: string,
    where: string,
    kind: HostedMediaKind | 'captions',
  ) => MediaFileCheck
  /** The site's address (content/site.yml), so links written in full are checked too */
  baseUrl?: string | undefined
}

/** Past these a headline or standfirst no longer fits a teaser: a warning, not an error. */
export const TEASER_LIMITS = { headlineCharacters: 110, standfirstCharacters: 300 } as const

const list = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ')

export function validateContent(input: ContentInput): ContentProblem[] {
  const problems: ContentProblem[] = []
  const report = (file: string, field: string, message: string) =>
    problems.push({ file, field, message })
  const warn = (file: string, field: string, message: string) =>
    problems.push({ file, field, message, severity: 'warning' })

  checkSlugs(input, report)
  checkSections(input, report)
  checkAuthors(input, report, warn)
  checkPages(input, report)
  checkArticles(input, report, warn)
  checkLivePages(input, report)
  checkEditionsHaveContent(input, report)

  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.field.localeCompare(b.field))
}

type Report = (file: string, field: string, message: string) => void

function checkSlugs({ articles, sections, authors, pages }: ContentInput, report: Report) {
  const all = [...articles, ...sections, ...authors, ...pages]
  for (const doc of all) {
    const problem = slugProblem(doc.slug)
    if (problem) report(doc.sourceFile, 'file name', problem)
  }
  // Slugs that readers would take for one another are one address: the second is refused.
  const identity = (doc: { slug: string }) => slugIdentity(doc.slug)
  reportDuplicates(sections, identity, 'section', report)
  reportDuplicates(authors, identity, 'author', report)
  reportDuplicates(
    articles,
    (doc) => `${doc.lang}/${identity(doc)}`,
    'article in this edition',
    report,
  )
  reportDuplicates(pages, (doc) => `${doc.lang}/${identity(doc)}`, 'page in this edition', report)
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
      const others = group.filter((other) => other !== doc)
      const alike = others.some((other) => other.slug !== doc.slug)
        ? ' (or one that looks the same)'
        : ''
      report(
        doc.sourceFile,
        'file name',
        `slug "${doc.slug}" is used by another ${kind}${alike}: ${others.map((other) => other.sourceFile).join(', ')}`,
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

type ImageCheckContext = Pick<ContentInput, 'root' | 'checkImageFile'> & {
  report: Report
  warn: Report
  /** A story's lead picture: recommended at least this wide (LEAD_PICTURE_WIDTH) */
  lead?: boolean
}

/**
 * Google Discover shows a story with a large picture only when the picture is at least 1,200
 * pixels wide (and the page allows large previews, which story pages do).
 */
export const LEAD_PICTURE_WIDTH = 1200

function checkImage(
  image: ImageInput | undefined,
  sourceFile: string,
  field: string,
  { root, checkImageFile, report, warn, lead = false }: ImageCheckContext,
) {
  if (!image) return
  if (!image.alt.trim())
    report(sourceFile, `${field}.alt`, 'must describe the picture for readers who cannot see it')
  checkPictureFile(image.src, sourceFile, `${field}.src`, {
    root,
    checkImageFile,
    report,
    warn,
    lead,
  })
}

/** The picture file a field names (`image.src`, `video.poster`): there, of its kind, within the limits. */
function checkPictureFile(
  src: string,
  sourceFile: string,
  field: string,
  { root, checkImageFile, report, warn, lead = false }: ImageCheckContext,
) {
  const resolved = resolveImage(src, sourceFile, root)
  if (!isResolved(resolved)) {
    report(sourceFile, field, resolved.problem)
    return
  }
  const where = path.relative(root, resolved.file).split(path.sep).join('/')
  const checked = checkImageFile(resolved, root, where)
  if (!checked.ok) {
    report(sourceFile, field, `"${src}" ${checked.problem}`)
    return
  }
  for (const warning of checked.warnings) warn(sourceFile, field, `"${src}" ${warning}`)
  if (lead && checked.width < LEAD_PICTURE_WIDTH)
    warn(
      sourceFile,
      field,
      `"${src}" is ${checked.width} px wide; search engines show a story's picture large (Google Discover) from ${LEAD_PICTURE_WIDTH.toLocaleString('en')} px: use a wider one where you have it`,
    )
}

/**
 * A story's own video and audio (docs/story-media.md): real files of their kind within the
 * limits, with a title; captions a WebVTT file; a video's poster a picture. A video without
 * captions, or with nothing to show before it plays, is a warning.
 */
function checkStoryMedia(
  article: ArticleInput,
  {
    root,
    checkImageFile,
    checkMediaFile,
    report,
    warn,
  }: Pick<ContentInput, 'root' | 'checkImageFile' | 'checkMediaFile'> & {
    report: Report
    warn: Report
  },
) {
  const file = article.sourceFile
  const checkFile = (src: string, field: string, kind: HostedMediaKind | 'captions') => {
    const resolved = resolveContentFile(src, file, MEDIA_FILES[kind], root)
    if (!isResolved(resolved)) return report(file, field, resolved.problem)
    const where = path.relative(root, resolved.file).split(path.sep).join('/')
    const checked = checkMediaFile(resolved, root, where, kind)
    if (!checked.ok) return report(file, field, `"${src}" ${checked.problem}`)
    for (const warning of checked.warnings) warn(file, field, `"${src}" ${warning}`)
  }
  for (const kind of ['video', 'audio'] as const) {
    const media = article[kind]
    if (!media) continue
    if (!media.title.trim()) report(file, `${kind}.title`, `must say what the ${kind} is`)
    checkFile(media.src, `${kind}.src`, kind)
    if (media.captions !== undefined) checkFile(media.captions, `${kind}.captions`, 'captions')
  }
  const video = article.video
  if (!video) return
  if (video.captions === undefined)
    warn(
      file,
      'video.src',
      'has no captions: readers who cannot hear it, or read with the sound off, get none of its words; add a WebVTT file as `captions`',
    )
  if (video.poster !== undefined)
    checkPictureFile(video.poster, file, 'video.poster', { root, checkImageFile, report, warn })
  else if (!article.image)
    warn(
      file,
      'video.src',
      'has no poster and the story no lead picture: readers see an empty frame until it plays; add `poster`',
    )
}

function checkAuthors({ authors, root, checkImageFile }: ContentInput, report: Report, warn: Report) {
  for (const author of authors) {
    if (!author.name.trim()) report(author.sourceFile, 'name', 'must not be empty')
    checkImage(author.avatar, author.sourceFile, 'avatar', { root, checkImageFile, report, warn })
    for (const [index, link] of (author.links ?? []).entries()) {
      if (!isWebUrl(link.url))
        report(
          author.sourceFile,
          `links[${index}].url`,
          `"${link.url}" is not a web address starting with https:// or http://`,
        )
    }
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

function checkArticles(input: ContentInput, report: Report, warn: Report) {
  const { articles, sections, authors, editions, root, checkImageFile, checkMediaFile } = input
  const sectionSlugs = sections.map((section) => section.slug)
  const authorSlugs = new Set(authors.map((author) => author.slug))

  for (const article of articles) {
    const file = article.sourceFile
    checkLang(article, editions, report)
    if (!article.title.trim()) report(file, 'title', 'must not be empty')
    if (!article.summary.trim()) {
      const why = 'it is the standfirst and the search description'
      if (article.draft)
        warn(file, 'summary', `is still empty: write it before setting draft: false (${why})`)
      else report(file, 'summary', `must not be empty: ${why}`)
    }
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
      const slug = tagSlug(tag)
      const problem = slug ? slugProblem(slug) : `"${tag}" has no letters or digits`
      if (problem) report(file, `tags[${index}]`, problem)
    }
    checkImage(article.image, file, 'image', { root, checkImageFile, report, warn, lead: true })
    checkStoryMedia(article, { root, checkImageFile, checkMediaFile, report, warn })
    for (const [index, photo] of (article.gallery ?? []).entries()) {
      const field = `gallery[${index}]`
      checkImage(photo, file, field, { root, checkImageFile, report, warn })
      if (!photo.caption.trim()) report(file, `${field}.caption`, 'must say what the picture is')
      if (!photo.credit.trim()) report(file, `${field}.credit`, 'must name who took the picture')
    }
    if (article.source?.url !== undefined && !isWebUrl(article.source.url)) {
      report(
        file,
        'source.url',
        `"${article.source.url}" is not a web address starting with https:// or http://`,
      )
    }
    for (const url of remoteImages(article.body?.html ?? '')) {
      report(
        file,
        'body',
        `shows the image ${url} from another site, which the site's policy blocks and feeds would load from that site: save the picture beside the article and use its file name`,
      )
    }
    for (const [index, alias] of (article.aliases ?? []).entries()) {
      const problem = aliasProblem(alias, editions)
      if (problem) report(file, `aliases[${index}]`, problem)
    }
    for (const [index, correction] of (article.corrections ?? []).entries()) {
      const checked = checkDateOrDateTime(correction.date)
      if (!checked.ok) report(file, `corrections[${index}].date`, checked.message)
      if (!correction.text.trim()) report(file, `corrections[${index}].text`, 'must not be empty')
    }
  }

  checkTranslationKeys(articles, report)
  checkTagLookAlikes(articles, report)
  // The pages the site will have: aliases may not take one, links must lead to one (or to an alias).
  const live = siteAddresses(input)
  checkAliasTargets(input, live, report)
  checkHeadlines(articles, warn)
  checkBodies(input, live, report, warn)
}

/** What a live page's coverage and updates must be (docs/live-coverage.md). */
function checkLivePages({ articles, authors }: ContentInput, report: Report) {
  const authorSlugs = new Set(authors.map((author) => author.slug))
  for (const article of articles) {
    if (!article.live) continue
    const file = article.sourceFile
    const { status, ended, keyPoints, pinned, updates } = article.live
    const began = checkDateTime(article.date)
    if (status !== 'live' && status !== 'ended')
      report(file, 'status', `"${status}" is not live or ended`)
    let end: Date | undefined
    if (ended === undefined) {
      if (status === 'ended')
        report(file, 'ended', 'is needed once the status is ended: when the coverage ended')
    } else {
      const checked = checkDateTime(ended)
      if (!checked.ok) report(file, 'ended', checked.message)
      else if (status !== 'ended')
        report(file, 'ended', 'is set while the status is live: set status: ended as well')
      else if (began.ok && checked.date < began.date)
        report(file, 'ended', `${ended} is before the coverage began (date: ${article.date})`)
      else end = checked.date
    }
    for (const [index, point] of (keyPoints ?? []).entries())
      if (!point.trim()) report(file, `keyPoints[${index}]`, 'must not be empty')
    if (pinned !== undefined && !updates.some((update) => update.slug === pinned))
      report(
        file,
        'pinned',
        `"${pinned}" is not one of this page's updates (the file name in updates/, without .md)`,
      )
    reportDuplicates(updates, (update) => slugIdentity(update.slug), 'update of this page', report)
    for (const update of updates) {
      const where = update.sourceFile
      const problem = slugProblem(update.slug)
      if (problem) report(where, 'file name', problem)
      const time = checkDateTime(update.time)
      if (!time.ok) report(where, 'time', time.message)
      else if (began.ok && time.date < began.date)
        report(where, 'time', `${update.time} is before the coverage began (date: ${article.date} in ${file})`)
      else if (end && time.date > end)
        report(where, 'time', `${update.time} is after the coverage ended (ended: ${ended} in ${file})`)
      if (update.author !== undefined && !authorSlugs.has(update.author))
        report(
          where,
          'author',
          `"${update.author}" is not an author: add content/authors/${update.author}.md or fix the name`,
        )
      if (update.keyEvent && !update.title?.trim())
        report(where, 'title', 'is needed for a key event: it is its line among the key events')
      if (!update.body.html.trim()) report(where, 'body', 'must not be empty')
      for (const url of remoteImages(update.body.html))
        report(
          where,
          'body',
          `shows the image ${url} from another site, which the site's policy blocks: save the picture beside the page and use its file name`,
        )
    }
  }
}

/** An alias is an address of this site that once showed the story: `/en/politics/old-slug/`. */
export function aliasProblem(alias: string, editions: readonly string[]): string | undefined {
  const expected = `an address of this site such as /${editions[0] ?? 'en'}/section/old-slug/`
  if (!editions.some((edition) => alias.startsWith(`/${edition}/`)))
    return `"${alias}" is not ${expected}`
  if (
    /[\\%?#<>"\s\u0000-\u001F]/u.test(alias) ||
    alias.split('/').some((step) => step === '..' || step === '.')
  )
    return `"${alias}" must be a plain address (${expected}), without "..", "%", "?", "#", spaces or quotes`
  return undefined
}

/** No alias may take a live address, or be claimed by two stories. */
function checkAliasTargets(input: ContentInput, live: ReadonlySet<string>, report: Report) {
  const claimed = new Map<string, string>()
  for (const article of input.articles) {
    for (const [index, alias] of (article.aliases ?? []).entries()) {
      const address = normaliseAddress(alias)
      const other = claimed.get(address)
      if (live.has(address))
        report(
          article.sourceFile,
          `aliases[${index}]`,
          `"${alias}" is a page of the site today; an alias must be an address that no longer shows anything`,
        )
      else if (other && other !== article.sourceFile)
        report(
          article.sourceFile,
          `aliases[${index}]`,
          `"${alias}" is also an alias of ${other}: an old address can lead to one story only`,
        )
      claimed.set(address, article.sourceFile)
    }
  }
}

const characters = (text: string) => [...text.trim()].length

/** What editors get wrong in the words themselves: too long for a teaser, or a headline used twice. */
function checkHeadlines(articles: readonly ArticleInput[], warn: Report) {
  const byHeadline = new Map<string, ArticleInput[]>()
  for (const article of articles) {
    const { headlineCharacters, standfirstCharacters } = TEASER_LIMITS
    const title = characters(article.title)
    if (title > headlineCharacters)
      warn(
        article.sourceFile,
        'title',
        `is ${title} characters; teasers show about ${headlineCharacters} (shorten it, or put the rest in the summary)`,
      )
    const summary = characters(article.summary)
    if (summary > standfirstCharacters)
      warn(
        article.sourceFile,
        'summary',
        `is ${summary} characters; a standfirst reads best under ${standfirstCharacters} (one or two sentences)`,
      )
    const key = `${article.lang}/${article.title.trim().toLocaleLowerCase()}`
    if (article.title.trim()) byHeadline.set(key, [...(byHeadline.get(key) ?? []), article])
  }
  for (const group of byHeadline.values()) {
    if (group.length < 2) continue
    for (const article of group) {
      const others = group.filter((other) => other !== article).map((other) => other.sourceFile)
      warn(
        article.sourceFile,
        'title',
        `is also the headline of ${others.join(', ')}: readers and search results cannot tell them apart`,
      )
    }
  }
}

/** The addresses of every story, page and listing: the pages the site has (aliases are not pages). */
export function siteAddresses({
  articles,
  sections,
  authors,
  pages,
  editions,
}: Pick<ContentInput, 'articles' | 'sections' | 'authors' | 'pages' | 'editions'>) {
  const addresses = new Set<string>(['/'])
  for (const edition of editions) {
    addresses.add(editionUrl(edition))
    addresses.add(searchUrl(edition))
    for (const section of sections) addresses.add(sectionUrl(edition, section.slug))
    for (const author of authors) addresses.add(authorUrl(edition, author.slug))
  }
  for (const article of articles) {
    addresses.add(articleUrl(article.lang, article.section, article.slug))
    for (const tag of article.tags ?? []) addresses.add(tagUrl(article.lang, tag))
  }
  for (const page of pages) addresses.add(pageUrl(page.lang, page.slug))
  return addresses
}


/** Links in a rendered body (the sanitizer has already dropped anything but plain URLs). */
export function bodyLinks(html: string): string[] {
  return [...html.matchAll(/<a\s[^>]*?href="([^"]*)"/gi)].map((match) =>
    (match[1] ?? '').replaceAll('&#x26;', '&').replaceAll('&amp;', '&'),
  )
}

/** Images in a rendered body, as written (`crowd.jpg`, `/images/x.jpg`, `https://…`), with their alt text. */
export function bodyImages(html: string): ImageInput[] {
  return [...html.matchAll(/<img\s[^>]*>/gi)].map(([tag]) => ({
    src: /\ssrc="([^"]*)"/i.exec(tag)?.[1] ?? '',
    alt: /\salt="([^"]*)"/i.exec(tag)?.[1] ?? '',
  }))
}

/**
 * The body: not empty, every link into the site names a page that exists, every picture beside
 * the story (`![Crowd](crowd.jpg)`) a real image within the limits lead images have.
 */
function checkBodies(input: ContentInput, live: ReadonlySet<string>, report: Report, warn: Report) {
  // An old address still leads to its story.
  const aliases = input.articles.flatMap((article) => (article.aliases ?? []).map(normaliseAddress))
  const addresses = new Set([...live, ...aliases])
  const editionPrefixes = input.editions.map((edition) => `/${edition}/`)
  const base = input.baseUrl?.replace(/\/+$/, '')
  for (const article of input.articles) {
    const file = article.sourceFile
    const html = article.body?.html
    if (html === undefined) continue
    const text = html.replace(/<[^>]*>/g, '').trim()
    // A live page's text is its updates: what stands above them may be left out
    // (an empty update is checkLivePages's to report).
    if (!text && !/<img\s/i.test(html) && !article.live) {
      if (article.draft)
        warn(file, 'body', 'is still empty: write the story below the front matter')
      else report(file, 'body', 'is empty: the story goes below the closing "---" line')
    }
  }
  // Every text a reader reads: stories' and live pages' updates'.
  const bodies = input.articles.flatMap((article) => readerTexts(article))
  for (const { file, html } of bodies) {
    for (const href of bodyLinks(html)) {
      const path = base && href.startsWith(`${base}/`) ? href.slice(base.length) : href
      if (!editionPrefixes.some((prefix) => path.startsWith(prefix))) continue
      const last = normaliseAddress(path).split('/').at(-2) ?? ''
      // Files (feeds, pictures) and numbered listing pages are not checked here.
      if (last.includes('.') || /\/page\/\d+\/$/.test(normaliseAddress(path))) continue
      if (!addresses.has(normaliseAddress(path)))
        report(
          file,
          'body',
          `links to ${href}, which is no page of this site: check the address (a story that moved keeps its old address only through \`aliases\`)`,
        )
    }
    for (const image of bodyImages(html)) {
      // Pictures from other sites are refused above (remoteImages).
      if (isRemoteSource(image.src)) continue
      const said = (message: string) =>
        message.startsWith(`"${image.src}"`)
          ? `the picture ${message}`
          : `the picture "${image.src}": ${message}`
      checkImage(image, file, 'body', {
        root: input.root,
        checkImageFile: input.checkImageFile,
        report: (at, _field, message) => report(at, 'body', said(message)),
        warn: (at, _field, message) => warn(at, 'body', said(message)),
      })
    }
  }
}

/** Two tags that differ only in accents, case or look-alike letters would be two topic pages that look like one. */
function checkTagLookAlikes(articles: readonly ArticleInput[], report: Report) {
  const firstSpelling = new Map<string, { slug: string; tag: string; file: string }>()
  for (const article of articles) {
    for (const [index, tag] of (article.tags ?? []).entries()) {
      const slug = tagSlug(tag)
      const identity = `${article.lang}/${slugIdentity(slug)}`
      const first = firstSpelling.get(identity)
      if (!first) firstSpelling.set(identity, { slug, tag, file: article.sourceFile })
      else if (first.slug !== slug) {
        report(
          article.sourceFile,
          `tags[${index}]`,
          `"${tag}" looks like the tag "${first.tag}" (${first.file}) but is spelt differently: use one spelling`,
        )
      }
    }
  }
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

/** Images in a rendered body that load from another site (the sanitizer keeps only http(s) sources). */
export function remoteImages(html: string): string[] {
  return [...html.matchAll(/<img\s[^>]*?src="((?:https?:)?\/\/[^"]*)"/gi)].map(
    (match) => match[1] ?? '',
  )
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}
