/**
 * The view models pages and components receive. Components import these with `import type`
 * only; the data itself comes from lib/content/export-reader.ts.
 */
import type { Alternates } from './alternates'
import type { ListingPage } from './pagination'
import type { EditionCode } from '../site/i18n/dictionaries'
import type { EmbedProviderName } from '../content/embeds'

export type SectionRef = {
  slug: string
  title: string
  href: string
}

export type SectionView = SectionRef & {
  description?: string | undefined
  parent?: SectionRef | undefined
  children: SectionRef[]
  /** Home › Iraq News › Local News, outermost first, this section last */
  trail: SectionRef[]
}

export type AuthorRef = {
  slug: string
  name: string
  role?: string | undefined
  href: string
}

export type AuthorView = AuthorRef & {
  bioHtml: string
  avatar?: ImageView | undefined
  links: { label: string; url: string }[]
}

export type ImageView = {
  src: string
  alt: string
  width: number
  height: number
  caption?: string | undefined
  credit?: string | undefined
}

/** A picture of a story's gallery: caption and credit always given. */
export type GalleryPhotoView = ImageView & { caption: string; credit: string }

/** A video or recording the newsroom hosts (docs/story-media.md), for the browser's own player. */
export type HostedMediaView = {
  /** Where it is published */
  src: string
  /** Its media type: video/mp4, audio/mpeg */
  type: string
  bytes: number
  title: string
  credit?: string | undefined
  durationSeconds?: number | undefined
  /** A WebVTT file of its words, in the story's language */
  captions?: { src: string; lang: EditionCode } | undefined
}

export type VideoView = HostedMediaView & {
  /** Shown before it plays: its own poster, or the story's lead picture */
  poster?: { src: string; width: number; height: number } | undefined
}

export type TagRef = {
  label: string
  slug: string
  href: string
}

/** News or opinion: the article page and teasers switch over this; the lint's switch-exhaustiveness-check proves every switch complete. */
export type ArticleKind = 'news' | 'opinion'

export type ArticleStatus = 'published' | 'draft' | 'scheduled'

export type ArticleSummary = {
  slug: string
  edition: EditionCode
  kind: ArticleKind
  status: ArticleStatus
  title: string
  summary: string
  href: string
  section: SectionRef
  /** ISO 8601 with the editor's offset, for <time dateTime> */
  published: string
  updated?: string | undefined
  image?: ImageView | undefined
  authors: AuthorRef[]
  readingMinutes: number
  breaking: boolean
  /** A live page's state (docs/live-coverage.md): its teasers say "Live" while it is */
  liveStatus?: LiveStatus | undefined
}

export type LiveStatus = 'live' | 'ended'

/** One update of a live page. */
export type LiveUpdateView = {
  /** Its file name; the page holds it at #update-<id> (updateAnchor) */
  id: string
  /** ISO 8601 with the editor's offset */
  time: string
  title?: string | undefined
  keyEvent: boolean
  author?: AuthorRef | undefined
  bodyHtml: string
  /** The embeds its text marks (`<figure data-embed>`), by their address */
  embeds: EmbedView[]
}

/**
 * A post, video or map embedded in a story (docs/embeds.md): what the card shows, all of it
 * from the site itself, and the player the reader may ask for.
 */
export type EmbedView = {
  /** The canonical address at the provider, as `data-embed` names it */
  url: string
  provider: EmbedProviderName
  /** "YouTube", "X" */
  providerLabel: string
  /** The provider's player, loaded in a sandboxed frame only when the reader asks */
  frameUrl: string
  title?: string | undefined
  author?: string | undefined
  /** A post's words, plain text */
  text?: string | undefined
  published?: string | undefined
  /** Kept with the content, published by the site */
  thumbnail?: { url: string; width: number; height: number } | undefined
}

/** What a live page shows besides a story's fields. */
export type LiveView = {
  status: LiveStatus
  ended?: string | undefined
  keyPoints: string[]
  /** Every key event, newest first, with the address of its update (page and anchor); own address only */
  keyEvents: { id: string; title: string; time: string; href: string }[]
  /** The update kept on top of the page's own address */
  pinned?: LiveUpdateView | undefined
  /** This page's updates, newest first, numbered from the oldest like a listing's pages */
  updates: ListingPage<LiveUpdateView>
  /** Updates in all, and the newest one's time: on the page's own address only */
  count?: number | undefined
  latest?: string | undefined
}

export type Correction = { date: string; text: string }

export type ArticleDetail = ArticleSummary & {
  bodyHtml: string
  /** The embeds its text marks, by their address */
  embeds: EmbedView[]
  /** Pictures shown as a grid after the text, each at its own address (#photo-1) */
  gallery: GalleryPhotoView[]
  video?: VideoView | undefined
  audio?: HostedMediaView | undefined
  dateline?: string | undefined
  source?: { name: string; url?: string | undefined } | undefined
  tags: TagRef[]
  corrections: Correction[]
  /** Sections from the outermost to the article's own */
  trail: SectionRef[]
  related: ArticleSummary[]
  /** This article in the other editions, through its translationKey */
  translations: Alternates
  /** A live page's coverage, at one of its pages of updates */
  live?: LiveView | undefined
}

/** An article as a feed carries it: whole text, tags, and the lead image's file size and type. */
export type FeedArticle = ArticleSummary & {
  bodyHtml: string
  tags: TagRef[]
  leadImageFile?: { bytes: number; type: string } | undefined
}

export type PageView = {
  slug: string
  edition: EditionCode
  title: string
  summary: string
  href: string
  bodyHtml: string
  updated?: string | undefined
}

export type FrontPage = {
  lead?: ArticleSummary | undefined
  topStories: ArticleSummary[]
  sectionBlocks: { section: SectionRef; articles: ArticleSummary[] }[]
  latest: ArticleSummary[]
}

export type NavSection = SectionRef & { children: SectionRef[] }

/** What every page of an edition shows around its content: navigation, breaking news, footer pages. */
export type EditionChromeData = {
  sections: NavSection[]
  breaking: ArticleSummary[]
  pages: PageView[]
}
