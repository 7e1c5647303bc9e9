/**
 * The newsroom's decisions as pure functions of plain documents: which stories are out (drafts
 * and scheduled stories held back), their order, what leads the front page, what is related,
 * what is breaking, every listing and every page's versions in the other editions. No file
 * system, no generated import: `createNewsroom` takes the documents, the build time and whether
 * unpublished stories show, and the unit tests call it with plain objects. lib/content/export-reader.ts (the
 * door) builds the one model the site uses.
 */
import { alternatesIn, type Alternates } from './alternates'
import type {
  ArticleDetail,
  ArticleKind,
  ArticleSummary,
  AuthorRef,
  AuthorView,
  EmbedView,
  EditionChromeData,
  FrontPage,
  GalleryPhotoView,
  HostedMediaView,
  VideoView,
  ImageView,
  LiveStatus,
  LiveUpdateView,
  LiveView,
  NavSection,
  PageView,
  SectionRef,
  SectionView,
  TagRef,
} from './view-models'
import { contentTime } from '../content/dates'
import type { EditionCode } from '../site/i18n/dictionaries'
import { withPublishedBodyImages } from '../content/images'
import type {
  ArticleDocument,
  AuthorDocument,
  AudioField,
  GalleryPhotoField,
  ImageField,
  LiveCoverage,
  LiveUpdateDocument,
  PageDocument,
  SectionDocument,
} from '../content/documents'
import {
  LATEST,
  listingPage,
  listingPageNumbers,
  numberedPageList,
  pageHolding,
  type ListingPage,
} from './pagination'
import { publicationStatus } from './publication'
import {
  EMBED_PROVIDERS,
  embedAddresses,
  embedFile,
  embedOf,
  type EmbedLink,
} from '../content/embeds'
import type { EmbedMetadata } from '../content/embed-metadata'
import type { HostedMediaKind, MeasuredMedia } from '../content/media-files'
import {
  articleUrl,
  authorUrl,
  editionUrl,
  listingUrl,
  pageUrl,
  searchUrl,
  sectionUrl,
  tagSlug,
  tagUrl,
  updateAnchor,
  type ListingKind,
} from '../site/routes'

/** The section whose articles are opinion, labelled as such everywhere. */
export const OPINION_SECTION = 'opinion'
export const ARTICLES_PER_PAGE = 20
/** A live page's updates per page: its own address holds the newest (lib/newsroom/pagination.ts). */
export const UPDATES_PER_PAGE = 20

/**
 * How far back in each of a story's topics its related stories are looked for: the stories of
 * the topic published just before it. A topic of thousands of stories would otherwise be read
 * whole for every story in it (at 50,000 stories, most of the records step).
 */
export const RELATED_LOOKBACK = 100
/** A breaking story stays in the strip for this long after publication. */
export const BREAKING_WINDOW_MS = 24 * 60 * 60 * 1000

export type NewsroomInput<Article extends ArticleDocument = ArticleDocument> = {
  articles: readonly Article[]
  sections: readonly SectionDocument[]
  authors: readonly AuthorDocument[]
  pages: readonly PageDocument[]
  editions: readonly EditionCode[]
  /** The moment the site is built: scheduled stories and the breaking strip are judged from it. */
  buildTime: Date
  /** The editors' preview shows drafts and scheduled stories, labelled; a build never does. */
  showsUnpublished: boolean
  /** Where a picture is published and its size in pixels; the door measures the file. */
  measureImage: (
    src: string,
    sourceFile: string,
  ) => { url: string; width: number; height: number } | undefined
  /** Where a story's video, audio or captions file is published, and what it is; the door reads it. */
  measureMedia: (
    src: string,
    sourceFile: string,
    kind: HostedMediaKind | 'captions',
  ) => MeasuredMedia | undefined
  /** What is kept of an embedded post (lib/content/embed-metadata.ts); none: the link alone */
  embedMetadata?: (link: EmbedLink) => EmbedMetadata | undefined
}

export type { ArticleDocument, AuthorDocument, ListingKind, PageDocument, SectionDocument }

export type Listing = {
  paged: ListingPage<ArticleSummary>
  /** The listing's own address (its first page) and name */
  href: string
  title: string
  /** The same listing in the other editions, for the edition switch */
  alternates: Alternates
} & (
  | { kind: 'section'; section: SectionView }
  | { kind: 'tag'; tag: TagRef }
  | { kind: 'author'; author: AuthorView }
)

/** The key a listing's address is made of: a section's or an author's slug, a topic's label. */
export function listingKey(listing: Listing): string {
  switch (listing.kind) {
    case 'section':
      return listing.section.slug
    case 'tag':
      return listing.tag.label
    case 'author':
      return listing.author.slug
  }
}

/** The address of a page of a listing (lib/site/routes.ts makes every listing address). */
export function listingPageUrl(edition: string, listing: Listing, page: number): string {
  return listingUrl(edition, listing.kind, listingKey(listing), page)
}

type Ranked = { score: number; rank: number }

/** Whether `other` comes before a candidate of `score` and `rank`: higher score, then newer. */
/**
 * An update's text with its own ids (a subheading's, a footnote's) and the links to them given
 * the update's anchor and "--" before them: two updates on one page may both have "## What
 * happened", and a slug never holds "--", so no two ids meet.
 */
function withUpdateIds(html: string, anchor: string): string {
  return html
    .replace(
      /\s(id|aria-describedby|aria-labelledby)="([^"]+)"/g,
      (_, name: string, ids: string) =>
        ` ${name}="${ids
          .split(' ')
          .map((id) => `${anchor}--${id}`)
          .join(' ')}"`,
    )
    .replace(/\shref="#([^"]+)"/g, (_, id: string) => ` href="#${anchor}--${id}"`)
}

/** A live page's status as a reader sees it: ended only when the editors say so. */
const liveStatusOf = (live: LiveCoverage): LiveStatus =>
  live.status === 'ended' ? 'ended' : 'live'

const ranksBefore = (other: Ranked, score: number, rank: number) =>
  other.score > score || (other.score === score && other.rank < rank)

/** Caches a pure lookup by its arguments: every page of a large site asks the same questions. */
function memoize<Args extends string[], Result>(
  lookup: (...args: Args) => Result,
): (...args: Args) => Result {
  const cache = new Map<string, Result>()
  return (...args) => {
    const key = args.join('\u0000')
    if (!cache.has(key)) cache.set(key, lookup(...args))
    return cache.get(key) as Result
  }
}

export type Newsroom<Article extends ArticleDocument = ArticleDocument> = ReturnType<
  typeof createNewsroom<Article>
>

export function createNewsroom<Article extends ArticleDocument>(input: NewsroomInput<Article>) {
  const { sections, authors, editions, buildTime, showsUnpublished, measureImage, measureMedia } =
    input
  const embedMetadata = input.embedMetadata ?? (() => undefined)
  const sectionsBySlug = new Map(sections.map((section) => [section.slug, section]))
  const authorsBySlug = new Map(authors.map((author) => [author.slug, author]))

  const statusOf = (doc: { draft: boolean; date?: string }) => publicationStatus(doc, buildTime)
  const isVisible = (doc: { draft: boolean; date?: string }) =>
    showsUnpublished || statusOf(doc) === 'published'

  /** Newest first; equal times by slug, so every build orders them the same way. */
  const newestFirst = (a: Article, b: Article) =>
    contentTime(b.date) - contentTime(a.date) || a.slug.localeCompare(b.slug)

  const visibleArticles: Article[] = input.articles.filter(isVisible).sort(newestFirst)
  /** Each story's place in the newest-first order: later orderings compare two numbers. */
  const recency = new Map(visibleArticles.map((article, index) => [article, index]))
  const visiblePages = input.pages.filter((page) => isVisible({ draft: page.draft }))

  const articlesOf = memoize((edition: EditionCode): Article[] =>
    visibleArticles.filter((article) => article.lang === edition),
  )

  // -------------------------------------------------------------------------------------------
  // Sections

  const sectionTitle = (section: SectionDocument, edition: EditionCode) =>
    section.titles?.[edition] ?? section.title

  function sectionRef(slug: string, edition: EditionCode): SectionRef {
    const section = sectionsBySlug.get(slug)
    if (!section) throw new Error(`Unknown section "${slug}"`)
    return { slug, title: sectionTitle(section, edition), href: sectionUrl(edition, slug) }
  }

  const byOrder = (a: SectionDocument, b: SectionDocument) =>
    a.order - b.order || a.title.localeCompare(b.title)

  const childSections = (slug: string) =>
    sections.filter((section) => section.parent === slug).sort(byOrder)

  /** The section and every section beneath it, at any depth. */
  const sectionFamily = memoize((slug: string): Set<string> => {
    const family = new Set([slug])
    for (const child of childSections(slug))
      for (const member of sectionFamily(child.slug)) family.add(member)
    return family
  })

  /** The section's slug and its parents', outermost first: iraq, local-news. */
  const sectionAncestry = memoize((slug: string): string[] => {
    const parent = sectionsBySlug.get(slug)?.parent
    return parent === undefined ? [slug] : [...sectionAncestry(parent), slug]
  })

  const sectionTrail = (slug: string, edition: EditionCode) =>
    sectionAncestry(slug).map((member) => sectionRef(member, edition))

  const kindOf = (sectionSlug: string): ArticleKind =>
    sectionAncestry(sectionSlug).includes(OPINION_SECTION) ? 'opinion' : 'news'

  function getNavigation(edition: EditionCode): NavSection[] {
    return sections
      .filter((section) => section.parent === undefined)
      .sort(byOrder)
      .map((section) => ({
        ...sectionRef(section.slug, edition),
        children: childSections(section.slug).map((child) => sectionRef(child.slug, edition)),
      }))
  }

  function getSection(edition: EditionCode, slug: string): SectionView | undefined {
    const section = sectionsBySlug.get(slug)
    if (!section) return undefined
    return {
      ...sectionRef(slug, edition),
      description:
        section.descriptions?.[edition] ??
        section.description ??
        (section.body.raw.trim() || undefined),
      parent: section.parent ? sectionRef(section.parent, edition) : undefined,
      children: childSections(slug).map((child) => sectionRef(child.slug, edition)),
      trail: sectionTrail(slug, edition),
    }
  }

  const sectionArticles = memoize((edition: EditionCode, slug: string): Article[] => {
    const family = sectionFamily(slug)
    return articlesOf(edition).filter((article) => family.has(article.section))
  })

  // -------------------------------------------------------------------------------------------
  // Articles

  function toImage(image: ImageField | undefined, sourceFile: string): ImageView | undefined {
    if (!image) return undefined
    const measured = measureImage(image.src, sourceFile)
    if (!measured) throw new Error(`${sourceFile}: image "${image.src}" cannot be read`)
    return {
      src: measured.url,
      alt: image.alt,
      caption: image.caption,
      credit: image.credit,
      width: measured.width,
      height: measured.height,
    }
  }

  function toGalleryPhoto(photo: GalleryPhotoField, sourceFile: string): GalleryPhotoView {
    const measured = measureImage(photo.src, sourceFile)
    if (!measured) throw new Error(`${sourceFile}: gallery picture "${photo.src}" cannot be read`)
    const { alt, caption, credit } = photo
    return {
      src: measured.url,
      alt,
      caption,
      credit,
      width: measured.width,
      height: measured.height,
    }
  }

  /** A story's video or recording, with its captions; the check has read every file. */
  function toHostedMedia(
    media: AudioField,
    kind: HostedMediaKind,
    sourceFile: string,
    edition: EditionCode,
  ): HostedMediaView {
    const measured = measureMedia(media.src, sourceFile, kind)
    if (!measured) throw new Error(`${sourceFile}: ${kind} "${media.src}" cannot be read`)
    const captions =
      media.captions !== undefined
        ? measureMedia(media.captions, sourceFile, 'captions')
        : undefined
    return {
      src: measured.url,
      type: measured.type,
      bytes: measured.bytes,
      title: media.title,
      ...(media.credit ? { credit: media.credit } : {}),
      ...(measured.durationSeconds !== undefined
        ? { durationSeconds: measured.durationSeconds }
        : {}),
      ...(captions ? { captions: { src: captions.url, lang: edition } } : {}),
    }
  }

  function toVideo(article: Article): VideoView | undefined {
    const video = article.video
    if (!video) return undefined
    const edition = editionOf(article)
    const poster = video.poster
      ? toImage({ src: video.poster, alt: '' }, article.sourceFile)
      : toImage(article.image, article.sourceFile)
    return {
      ...toHostedMedia(video, 'video', article.sourceFile, edition),
      ...(poster
        ? { poster: { src: poster.src, width: poster.width, height: poster.height } }
        : {}),
    }
  }

  const authorName = (author: AuthorDocument, edition: EditionCode) =>
    author.names?.[edition] ?? author.name

  function authorRef(author: AuthorDocument, edition: EditionCode): AuthorRef {
    return {
      slug: author.slug,
      name: authorName(author, edition),
      role: author.roles?.[edition] ?? author.role,
      href: authorUrl(edition, author.slug),
    }
  }

  const editionOf = (doc: { lang: string }) => doc.lang as EditionCode

  function toSummary(article: Article): ArticleSummary {
    const edition = editionOf(article)
    return {
      slug: article.slug,
      edition,
      kind: kindOf(article.section),
      status: statusOf(article),
      title: article.title,
      summary: article.summary,
      href: articleUrl(edition, article.section, article.slug),
      section: sectionRef(article.section, edition),
      published: article.date,
      updated: article.updated,
      image: toImage(article.image, article.sourceFile),
      authors: (article.authors ?? []).flatMap((slug) => {
        const author = authorsBySlug.get(slug)
        return author ? [authorRef(author, edition)] : []
      }),
      readingMinutes: article.readingMinutes,
      breaking: article.breaking,
      ...(article.live ? { liveStatus: liveStatusOf(article.live) } : {}),
    }
  }

  const toTags = (tags: readonly string[] | undefined, edition: EditionCode): TagRef[] =>
    (tags ?? []).map((label) => ({ label, slug: tagSlug(label), href: tagUrl(edition, label) }))

  const ownSectionArticles = memoize((edition: EditionCode, slug: string): Article[] =>
    articlesOf(edition).filter((article) => article.section === slug),
  )
  const tagSlugCache = new WeakMap<Article, string[]>()
  const tagSlugsOf = (article: Article): string[] => {
    let slugs = tagSlugCache.get(article)
    if (!slugs) {
      slugs = (article.tags ?? []).map(tagSlug)
      tagSlugCache.set(article, slugs)
    }
    return slugs
  }

  /** Where each story stands in a list (newest first), for the stories published before it. */
  const positions = new WeakMap<readonly Article[], Map<Article, number>>()
  function olderStart(list: readonly Article[], article: Article): number {
    let within = positions.get(list)
    if (!within) {
      within = new Map(list.map((listed, index) => [listed, index]))
      positions.set(list, within)
    }
    return (within.get(article) ?? -1) + 1
  }
  function olderIn(list: readonly Article[], article: Article, reach: number): Article[] {
    const start = olderStart(list, article)
    return list.slice(start, start + reach)
  }

  /**
   * Up to `count` stories published before this one (as a print editor would choose them, so a
   * new story never changes an older story's page: decision 006), among the RELATED_LOOKBACK
   * stories of each of its topics published just before it and its section's, scored by shared
   * tags (2 each) and section (2 for the same section, 1 for the same family); ties go to the
   * newer story. A story sharing no tag scores only by section, and newer ones of equal score
   * come first: beyond the `count` such stories of its section (and of its family) published
   * just before it, none can place. So a page looks at a stretch of a few lists, however large
   * the archive and its topics.
   */
  function relatedArticles(article: Article, count: number): ArticleSummary[] {
    const edition = editionOf(article)
    const tags = new Set(tagSlugsOf(article))
    const family = sectionFamily(article.section)
    // Every candidate comes from after the story in a newest-first list: published before it.
    const candidates = new Set<Article>()
    for (const tag of tags)
      for (const tagged of olderIn(
        tagIndex(edition).get(tag)?.articles ?? [],
        article,
        RELATED_LOOKBACK,
      ))
        candidates.add(tagged)
    // A story sharing no tag scores 2 in its section and 1 in the family: only the `count`
    // newest of each list can place, and newer ones sharing a tag are already candidates.
    for (const list of [
      ownSectionArticles(edition, article.section),
      sectionArticles(edition, article.section),
    ]) {
      let added = 0
      for (let at = olderStart(list, article); at < list.length && added < count; at += 1) {
        const near = list[at] as Article
        if (candidates.has(near)) continue
        candidates.add(near)
        added += 1
      }
    }
    // The `count` best by score, then newest first, in one pass over a short list: a topic shared
    // by thousands of stories made sorting every candidate the slowest step of a large archive.
    const best: (Ranked & { candidate: Article })[] = []
    for (const candidate of candidates) {
      const sharedTags = tagSlugsOf(candidate).filter((tag) => tags.has(tag)).length
      const sameSection =
        candidate.section === article.section ? 2 : family.has(candidate.section) ? 1 : 0
      const score = sharedTags * 2 + sameSection
      const rank = recency.get(candidate) ?? 0
      if (score === 0) continue
      const last = best[best.length - 1]
      if (best.length === count && last && ranksBefore(last, score, rank)) continue
      let at = best.length
      while (at > 0 && !ranksBefore(best[at - 1] as Ranked, score, rank)) at -= 1
      best.splice(at, 0, { candidate, score, rank })
      if (best.length > count) best.pop()
    }
    return best.map(({ candidate }) => toSummary(candidate))
  }

  /** Articles by section and slug: every article page and share card looks one up. */
  const articleIndex = memoize(
    (edition: EditionCode): Map<string, Article> =>
      new Map(
        articlesOf(edition).map((article) => [`${article.section}/${article.slug}`, article]),
      ),
  )

  /** The embeds a text marks (lib/content/markdown.ts), each as its card shows it. */
  function embedsIn(html: string): EmbedView[] {
    return embedAddresses(html).flatMap((url) => {
      const link = embedOf(url)
      if (!link) return []
      const metadata = embedMetadata(link)
      const thumbnail = metadata?.thumbnail
        ? measureImage(metadata.thumbnail, embedFile(link))
        : undefined
      return [
        {
          url: link.url,
          provider: link.provider,
          providerLabel: EMBED_PROVIDERS[link.provider].label,
          frameUrl: link.frameUrl,
          ...(metadata?.title ? { title: metadata.title } : {}),
          ...(metadata?.author ? { author: metadata.author } : {}),
          ...(metadata?.text ? { text: metadata.text } : {}),
          ...(metadata?.published ? { published: metadata.published } : {}),
          ...(thumbnail ? { thumbnail } : {}),
        },
      ]
    })
  }

  /** The story's text, its own pictures at their published addresses. */
  function bodyHtmlOf(article: Article): string {
    return withPublishedBodyImages(article.body.html, (src) =>
      measureImage(src, article.sourceFile),
    )
  }

  /** A live page's updates a reader sees (none held back but in the preview), newest first. */
  const shownUpdates = memoize((edition: EditionCode, key: string): LiveUpdateDocument[] => {
    const updates = articleIndex(edition).get(key)?.live?.updates ?? []
    return updates
      .filter(
        (update) => showsUnpublished || statusOf({ ...update, date: update.time }) === 'published',
      )
      .sort((a, b) => contentTime(b.time) - contentTime(a.time) || b.slug.localeCompare(a.slug))
  })

  function toUpdate(update: LiveUpdateDocument, article: Article): LiveUpdateView {
    const edition = editionOf(article)
    const author = authorsBySlug.get(update.author ?? article.authors?.[0] ?? '')
    return {
      id: update.slug,
      time: update.time,
      ...(update.title ? { title: update.title } : {}),
      keyEvent: update.keyEvent,
      ...(author ? { author: authorRef(author, edition) } : {}),
      bodyHtml: withUpdateIds(
        withPublishedBodyImages(update.body.html, (src) => measureImage(src, update.sourceFile)),
        updateAnchor(update.slug),
      ),
      embeds: embedsIn(update.body.html),
    }
  }

  /** A live page's coverage at one of its pages of updates; undefined for a page it lacks. */
  function liveView(article: Article, page: number): LiveView | undefined {
    const live = article.live
    if (!live) return undefined
    const edition = editionOf(article)
    const updates = shownUpdates(edition, `${article.section}/${article.slug}`)
    const paged = listingPage(updates, page, UPDATES_PER_PAGE)
    // A live page has no pointer page: /page/1/ exists once it holds updates.
    if (!paged || (page !== LATEST && paged.items.length === 0)) return undefined
    const keyEvents = updates.flatMap((update, index) =>
      update.keyEvent && update.title
        ? [
            {
              id: update.slug,
              title: update.title,
              time: update.time,
              href: `${articleUrl(edition, article.section, article.slug, pageHolding(updates.length, index, UPDATES_PER_PAGE))}#${updateAnchor(update.slug)}`,
            },
          ]
        : [],
    )
    const pinned = updates.find((update) => update.slug === live.pinned)
    const items = paged.items.map((update) => toUpdate(update, article))
    // A numbered page of older updates shows what it holds and nothing that a new update
    // changes (the count, the newest time, the key events), so it keeps its HTML (decision 006).
    if (page !== LATEST)
      return {
        status: liveStatusOf(live),
        ...(live.ended ? { ended: live.ended } : {}),
        keyPoints: [],
        keyEvents: [],
        updates: { ...paged, items },
      }
    return {
      status: liveStatusOf(live),
      ...(live.ended ? { ended: live.ended } : {}),
      keyPoints: [...(live.keyPoints ?? [])],
      keyEvents,
      ...(pinned ? { pinned: toUpdate(pinned, article) } : {}),
      updates: { ...paged, items },
      count: updates.length,
      ...(updates[0] ? { latest: updates[0].time } : {}),
    }
  }

  function getArticle(
    edition: EditionCode,
    section: string,
    slug: string,
    page = LATEST,
  ): ArticleDetail | undefined {
    const article = articleIndex(edition).get(`${section}/${slug}`)
    if (!article) return undefined
    const live = liveView(article, page)
    if (page !== LATEST && !live) return undefined
    const corrections = [...(article.corrections ?? [])].sort(
      (a, b) => contentTime(b.date) - contentTime(a.date),
    )
    return {
      ...toSummary(article),
      bodyHtml: bodyHtmlOf(article),
      embeds: embedsIn(article.body.html),
      gallery: (article.gallery ?? []).map((photo) => toGalleryPhoto(photo, article.sourceFile)),
      ...(article.video ? { video: toVideo(article) } : {}),
      ...(article.audio
        ? { audio: toHostedMedia(article.audio, 'audio', article.sourceFile, edition) }
        : {}),
      dateline: article.dateline,
      source: article.source,
      tags: toTags(article.tags, edition),
      corrections,
      trail: sectionTrail(article.section, edition),
      related: relatedArticles(article, 4),
      translations: translationsOf(article),
      ...(live ? { live } : {}),
    }
  }

  const translationIndex = memoize(
    (edition: EditionCode): Map<string, Article> =>
      new Map(
        articlesOf(edition).flatMap((article) =>
          article.translationKey ? [[article.translationKey, article]] : [],
        ),
      ),
  )

  /** The article's translations: the articles of other editions that share its translationKey. */
  function translationsOf(article: Article): Alternates {
    const key = article.translationKey
    if (key === undefined) return {}
    return alternatesIn(editions, (edition) => {
      const translation = translationIndex(edition).get(key)
      return translation && articleUrl(edition, translation.section, translation.slug)
    })
  }

  /** Breaking stories published in the window before the build (its edges included), newest first. */
  function getBreakingNews(edition: EditionCode): ArticleSummary[] {
    return publishedWithin(edition, BREAKING_WINDOW_MS)
      .filter((article) => article.breaking)
      .map(toSummary)
  }

  /** Stories published in the `windowMs` before the build, edges included, newest first. */
  function publishedWithin(edition: EditionCode, windowMs: number): Article[] {
    const since = buildTime.getTime() - windowMs
    return articlesOf(edition).filter((article) => {
      const published = contentTime(article.date)
      return published >= since && published <= buildTime.getTime()
    })
  }

  /**
   * The lead is the newest featured story (else the newest); four top stories follow; each
   * top-level section then shows up to four stories not already shown; "latest" is the newest ten.
   */
  function getFrontPage(edition: EditionCode): FrontPage {
    const articles = articlesOf(edition)
    const lead = articles.find((article) => article.featured) ?? articles[0]
    const topStories = articles.filter((article) => article !== lead).slice(0, 4)
    const shown = new Set([lead, ...topStories])
    const sectionBlocks = getNavigation(edition)
      .map((section) => ({
        section: sectionRef(section.slug, edition),
        articles: sectionArticles(edition, section.slug)
          .filter((article) => !shown.has(article))
          .slice(0, 4)
          .map(toSummary),
      }))
      .filter((block) => block.articles.length > 0)
    return {
      lead: lead && toSummary(lead),
      topStories: topStories.map(toSummary),
      sectionBlocks,
      latest: articles.slice(0, 10).map(toSummary),
    }
  }

  // -------------------------------------------------------------------------------------------
  // Tags and authors

  const tagIndex = memoize(
    (edition: EditionCode): Map<string, { label: string; articles: Article[] }> => {
      const index = new Map<string, { label: string; articles: Article[] }>()
      for (const article of articlesOf(edition)) {
        // "Oil" and "oil" on one story are one topic: the story is listed once.
        const slugs = new Set<string>()
        for (const label of article.tags ?? []) {
          const slug = tagSlug(label)
          if (slugs.has(slug)) continue
          slugs.add(slug)
          const entry = index.get(slug) ?? { label, articles: [] }
          entry.articles.push(article)
          index.set(slug, entry)
        }
      }
      return index
    },
  )

  function getAuthor(edition: EditionCode, slug: string): AuthorView | undefined {
    const author = authorsBySlug.get(slug)
    if (!author) return undefined
    return {
      ...authorRef(author, edition),
      bioHtml: author.body.html,
      avatar: author.avatar && toImage(author.avatar, author.sourceFile),
      links: author.links ?? [],
    }
  }

  const authorArticles = memoize((edition: EditionCode, slug: string): Article[] =>
    articlesOf(edition).filter((article) => article.authors?.includes(slug)),
  )

  // -------------------------------------------------------------------------------------------
  // Listings: one shape for sections, topics and authors

  /** The stories a listing lists, or undefined when there is no such section, tag or author. */
  function listedArticles(
    edition: EditionCode,
    kind: ListingKind,
    slug: string,
  ): Article[] | undefined {
    switch (kind) {
      case 'section':
        return sectionsBySlug.has(slug) ? sectionArticles(edition, slug) : undefined
      case 'tag':
        return tagIndex(edition).get(slug)?.articles
      case 'author':
        return authorsBySlug.has(slug) ? authorArticles(edition, slug) : undefined
    }
  }

  /** Every slug a listing kind has in an edition. */
  function listingSlugs(edition: EditionCode, kind: ListingKind): string[] {
    switch (kind) {
      case 'section':
        return sections.map((section) => section.slug)
      case 'tag':
        return [...tagIndex(edition).keys()]
      case 'author':
        return authors.map((author) => author.slug)
    }
  }

  /** One page of a listing, with what its header shows; undefined for a page that does not exist. */
  function getListing(
    edition: EditionCode,
    kind: ListingKind,
    slug: string,
    page: number,
  ): Listing | undefined {
    const articles = listedArticles(edition, kind, slug)
    const paged = articles && listingPage(articles, page, ARTICLES_PER_PAGE)
    if (!paged) return undefined
    const items = { ...paged, items: paged.items.map(toSummary) }
    switch (kind) {
      case 'section': {
        const section = getSection(edition, slug)
        return (
          section && {
            kind,
            section,
            paged: items,
            href: section.href,
            title: section.title,
            alternates: alternates.section(slug),
          }
        )
      }
      case 'tag': {
        const label = tagIndex(edition).get(slug)?.label ?? slug
        const tag = { label, slug, href: tagUrl(edition, label) }
        // Topics are per edition: the edition switch leads to the other front pages.
        return { kind, tag, paged: items, href: tag.href, title: label, alternates: {} }
      }
      case 'author': {
        const author = getAuthor(edition, slug)
        return (
          author && {
            kind,
            author,
            paged: items,
            href: author.href,
            title: author.name,
            alternates: alternates.author(slug),
          }
        )
      }
    }
  }

  /** Every page of every listing of a kind in an edition (LATEST first), for generateStaticParams. */
  function getListingPages(
    edition: EditionCode,
    kind: ListingKind,
  ): { slug: string; page: number }[] {
    return listingSlugs(edition, kind).flatMap((slug) =>
      listingPageNumbers(listedArticles(edition, kind, slug)?.length ?? 0, ARTICLES_PER_PAGE).map(
        (page) => ({ slug, page }),
      ),
    )
  }

  // -------------------------------------------------------------------------------------------
  // Standalone pages, chrome and alternates

  function toPageView(page: PageDocument): PageView {
    const edition = editionOf(page)
    return {
      slug: page.slug,
      edition,
      title: page.title,
      summary: page.summary,
      href: pageUrl(edition, page.slug),
      bodyHtml: page.body.html,
      updated: page.updated,
    }
  }

  const getPages = (edition: EditionCode): PageView[] =>
    visiblePages.filter((page) => page.lang === edition).map(toPageView)

  const getPage = (edition: EditionCode, slug: string): PageView | undefined =>
    getPages(edition).find((page) => page.slug === slug)

  /** Navigation, breaking strip and footer pages of an edition, for the chrome around every page. */
  const getEditionChrome = memoize((edition: EditionCode): EditionChromeData => ({
    sections: getNavigation(edition),
    breaking: getBreakingNews(edition),
    pages: getPages(edition),
  }))

  const alternates = {
    /** Every edition's front page. */
    frontPage: () => alternatesIn(editions, editionUrl),
    /** Every edition's search page. */
    search: () => alternatesIn(editions, searchUrl),
    /** A section front exists in every edition, under the same slug. */
    section: (slug: string, page = LATEST) =>
      alternatesIn(editions, (edition) => sectionUrl(edition, slug, page)),
    /** An author page exists in every edition. */
    author: (slug: string) => alternatesIn(editions, (edition) => authorUrl(edition, slug)),
    /** A standalone page's versions are the pages with the same file name in other editions. */
    page: (slug: string) => alternatesIn(editions, (edition) => getPage(edition, slug)?.href),
  }

  return {
    editions,
    buildTime,
    alternates,
    getNavigation,
    getSection,
    getArticle,
    bodyHtmlOf,
    getBreakingNews,
    getFrontPage,
    getAuthor,
    getListing,
    getListingPages,
    getPages,
    getPage,
    getEditionChrome,
    /** Every /<section>/<article>/ of an edition, for generateStaticParams. */
    getArticleParams: (edition: EditionCode) =>
      articlesOf(edition).map((article) => ({ section: article.section, article: article.slug })),
    /** Every numbered page of older updates (/<section>/<slug>/page/N/) of an edition's live pages. */
    getLiveUpdatePages: (edition: EditionCode) =>
      articlesOf(edition).flatMap((article) =>
        article.live
          ? numberedPageList(
              shownUpdates(edition, `${article.section}/${article.slug}`).length,
              UPDATES_PER_PAGE,
            ).map((page) => ({ section: article.section, article: article.slug, page }))
          : [],
      ),
    getSectionSlugs: () => sections.map((section) => section.slug),
    getAuthorSlugs: () => authors.map((author) => author.slug),
    // For the build's other outputs (feeds, sitemaps, share cards): the documents themselves.
    articlesOf,
    sectionArticles,
    authorArticles,
    tagIndex,
    publishedWithin,
    sectionRef,
    toSummary,
    toTags,
    translationsOf,
  }
}
