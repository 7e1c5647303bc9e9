/**
 * The archive in edge mode (`archive: edge` in content/site.yml): which pages the export holds
 * (the hot window), and the data a Cloudflare Worker renders every other page from. Pure: the
 * build (build/stages/archive-records.ts) writes the records from the newsroom model; the Worker
 * (edge/worker.ts and lib/edge/worker-reader.ts) reads them back through its static-assets binding.
 *
 * A record is what a page's route asks the newsroom for (a story, or one page of a listing),
 * computed by the same model that renders the export, so a page rendered in the Worker is the page
 * the export would have held. Records are grouped into shards by a hash of their address: the
 * Worker fetches one small file per page, the host counts a few hundred files for 100,000 stories,
 * and an address with no record is refused before anything is rendered or cached.
 */
import type { ArticleDetail, EditionChromeData } from '../newsroom/view-models'
import type { EditionCode } from '../site/i18n/dictionaries'
import { contentTime } from '../content/dates'
import { isRunningLivePage } from '../content/live-pages'
import {
  listingPageUrl,
  type ArticleDocument,
  type Listing,
  type ListingKind,
  type Newsroom,
} from '../newsroom/model'
import { articleUrl, listingUrl } from '../site/routes'
import { LATEST } from '../newsroom/pagination'

/** Where the build writes the records, in the export (served to the Worker only). */
export const ARCHIVE_DATA_PATH = '/archive-data/'
/** A shard holds about this much JSON: one fetch and parse per page rendered. */
export const SHARD_TARGET_BYTES = 256 * 1024

export type ArchiveRecord =
  { kind: 'article'; article: ArticleDetail } | { kind: 'listing'; listing: Listing }

/** The archive's table of contents, read by the Worker once per isolate. */
export type ArchiveIndex = {
  /** How many shards the records are spread over */
  shards: number
  /**
   * How many shards hold the search index's fragments (one per story; Pagefind writes each as a
   * file, which at 100,000 stories would pass the host's file limit), 0 when they are files
   */
  searchShards: number
  /**
   * The Worker's build ID (its code and the site's settings): a deploy whose export differs in
   * nothing else still ships a changed Worker
   */
  worker: string
  /** Each edition's navigation, breaking strip and footer pages (the chrome around every page) */
  chrome: Partial<Record<EditionCode, EditionChromeData>>
}

/**
 * A record as a shard holds it, with the version of the page it makes: a hash of the record, its
 * edition's chrome and the build's day (the masthead's date). The Worker's cached copy of a page
 * of another version is rendered again (lib/edge/worker-handler.ts): an edited story, a new breaking
 * story in the chrome or a new day reach the archive's pages on their next read.
 */
export type VersionedRecord = ArchiveRecord & { version: string }

/** A shard: address → record. Addresses are decoded paths with a trailing slash. */
export type ArchiveShard = Record<string, VersionedRecord>

/** The <meta> that carries a page's version from its render to the Worker, which removes it. */
export const VERSION_META = 'newsroom-version'

/** The version a page was rendered from, and the page without its marker. */
export function takeVersionMarker(html: string): { version?: string; html: string } {
  const marker = new RegExp(`<meta name="${VERSION_META}" content="([^"]*)"/>`)
  const found = marker.exec(html)
  if (!found) return { html }
  return {
    version: found[1] ?? '',
    html: html.slice(0, found.index) + html.slice(found.index + found[0].length),
  }
}

/** FNV-1a over the address's UTF-16 code units: the same shard in the build and the Worker. */
export function shardOf(address: string, shards: number): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < address.length; index += 1) {
    hash ^= address.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash % shards
}

export function shardFile(shard: number): string {
  return `${ARCHIVE_DATA_PATH}${shard}.json`
}

export const INDEX_FILE = `${ARCHIVE_DATA_PATH}index.json`

/** Where Pagefind's fragments are packed: { file name: base64 of its bytes } per shard. */
export function searchShardFile(shard: number): string {
  return `${ARCHIVE_DATA_PATH}search-${shard}.json`
}

/** The URL of one of Pagefind's fragments: /pagefind/fragment/<name>.pf_fragment. */
export const SEARCH_FRAGMENT = /^\/pagefind\/fragment\/([\w-]+\.pf_fragment)$/

/**
 * The address a request is for, as records are keyed: percent-decoded, NFC, with the trailing
 * slash (the site's addresses all end in one). Undefined for a path that cannot be decoded.
 */
export function recordAddress(pathname: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname).normalize('NFC')
  } catch {
    return undefined
  }
  return decoded.endsWith('/') ? decoded : `${decoded}/`
}

/** Every page the Worker may render: every story and every page of every listing. */
export function* archiveRecords<Article extends ArticleDocument>(
  newsroom: Newsroom<Article>,
  editions: readonly EditionCode[],
): Generator<[string, ArchiveRecord]> {
  for (const edition of editions) {
    for (const { section, article: slug } of newsroom.getArticleParams(edition)) {
      const article = newsroom.getArticle(edition, section, slug)
      if (article) yield [articleUrl(edition, section, slug), { kind: 'article', article }]
    }
    for (const { section, article: slug, page } of newsroom.getLiveUpdatePages(edition)) {
      const article = newsroom.getArticle(edition, section, slug, page)
      if (article) yield [articleUrl(edition, section, slug, page), { kind: 'article', article }]
    }
    for (const kind of LISTING_KINDS) {
      for (const { slug, page } of newsroom.getListingPages(edition, kind)) {
        const listing = newsroom.getListing(edition, kind, slug, page)
        if (listing) yield [listingPageUrl(edition, listing, page), { kind: 'listing', listing }]
      }
    }
  }
}

export const LISTING_KINDS: readonly ListingKind[] = ['section', 'tag', 'author']

/** How many shards `bytes` of records need, a power of two so growth rarely reshuffles them. */
export function shardCount(bytes: number): number {
  let shards = 1
  while (bytes / shards > SHARD_TARGET_BYTES) shards *= 2
  return shards
}

const DAY_MS = 24 * 60 * 60 * 1000

/** The hot window: stories published in the `days` before the build go into the export. */
export function isHot(date: string, buildTime: Date, days: number): boolean {
  return buildTime.getTime() - contentTime(date) <= days * DAY_MS
}

/**
 * The stories the export holds in edge mode: those of the last `days` days, and every live page
 * still running however old (its readers come back every few minutes for the newest updates:
 * they get the deploy's own file, never a Worker's copy rendered before the last update). Every
 * other story is rendered by the Worker on its first request.
 */
export function hotArticleParams<Article extends ArticleDocument>(
  newsroom: Newsroom<Article>,
  edition: EditionCode,
  days: number,
): { section: string; article: string }[] {
  const articles = newsroom.articlesOf(edition)
  const hot = articles.filter(
    (article) => isHot(article.date, newsroom.buildTime, days) || isRunningLivePage(article),
  )
  // Next refuses to export a route with no page: a quiet week still exports the newest story.
  return (hot.length > 0 ? hot : articles.slice(0, 1)).map((article) => ({
    section: article.section,
    article: article.slug,
  }))
}

/**
 * The listing pages the export holds in edge mode: the own address (the newest stories) of every
 * section, and of a topic or an author with a story in the hot window (the ones its stories link
 * to); and one numbered page, /page/1/ of the first of them, because Next refuses to export a
 * route with no page. The Worker renders every other numbered page.
 */
export function hotListingPages<Article extends ArticleDocument>(
  newsroom: Newsroom<Article>,
  edition: EditionCode,
  kind: ListingKind,
  days: number,
): { slug: string; page: number }[] {
  const latest = newsroom.getListingPages(edition, kind).filter(({ page }) => page === LATEST)
  /** When the listing's newest story was published (0 for an empty listing). */
  const newestOf = (slug: string) => {
    const newest = newsroom.getListing(edition, kind, slug, LATEST)?.paged.items[0]
    return newest === undefined ? 0 : contentTime(newest.published)
  }
  const since = newsroom.buildTime.getTime() - days * DAY_MS
  const hot = latest.filter(({ slug }) => kind === 'section' || newestOf(slug) >= since)
  // Next refuses to export a route with no page: a quiet week still exports the listing of the
  // newest story.
  const exported =
    hot.length > 0 || latest.length === 0
      ? hot
      : [
          latest.reduce((best, candidate) =>
            newestOf(candidate.slug) > newestOf(best.slug) ? candidate : best,
          ),
        ]
  const [first] = exported
  return first ? [...exported, { slug: first.slug, page: 1 }] : exported
}

/**
 * What the routes rendered in both modes read: lib/content/export-reader.ts answers from the newsroom model in
 * the export build, lib/edge/worker-reader.ts from the records in the Worker.
 */
export type PageReader = {
  /** A story; a live page's numbered page of older updates with `page` (LATEST: its own address) */
  article(
    edition: EditionCode,
    section: string,
    slug: string,
    page?: number,
  ): Promise<ArticleDetail | undefined>
  listing(
    edition: EditionCode,
    kind: ListingKind,
    slug: string,
    page: number,
  ): Promise<Listing | undefined>
  chrome(edition: EditionCode): Promise<EditionChromeData>
  /** The version of the page at an address (the Worker's records only; the export has none). */
  version(address: string): Promise<string | undefined>
}

/**
 * A reader's story and listing lookups over records found by address (the Worker's shards, the
 * export's files: lib/content/export-records.ts): a record of another kind is no such page.
 */
export function recordLookups(
  // Any record kind may be found; only these two carry a story or a listing.
  find: (address: string) => Promise<{ kind: string } | undefined>,
): Pick<PageReader, 'article' | 'listing'> {
  return {
    async article(edition, section, slug, page = LATEST) {
      const found = (await find(articleUrl(edition, section, slug, page))) as
        ArchiveRecord | undefined
      return found?.kind === 'article' ? found.article : undefined
    },
    async listing(edition, kind, slug, page) {
      const found = (await find(listingUrl(edition, kind, slug, page))) as ArchiveRecord | undefined
      return found?.kind === 'listing' ? found.listing : undefined
    },
  }
}

/** Shards kept parsed per Worker isolate; each is about SHARD_TARGET_BYTES of JSON. */
const SHARDS_KEPT = 24

/**
 * The records, read through `readAsset` (the Worker's static-assets binding), each file fetched
 * and parsed once per isolate while it is among the most recently used.
 */
export function createArchiveStore(readAsset: (path: string) => Promise<Response>) {
  let index: Promise<ArchiveIndex> | undefined
  const shards = new Map<string, Promise<Record<string, unknown>>>()

  async function readJson<T>(path: string): Promise<T> {
    const response = await readAsset(path)
    if (!response.ok) throw new Error(`the archive's ${path} answered ${response.status}`)
    return (await response.json()) as T
  }

  function readIndex(): Promise<ArchiveIndex> {
    index ??= readJson<ArchiveIndex>(INDEX_FILE).catch((error: unknown) => {
      index = undefined
      throw error
    })
    return index
  }

  function readShard(file: string): Promise<Record<string, unknown>> {
    const kept = shards.get(file)
    shards.delete(file)
    const read =
      kept ??
      readJson<Record<string, unknown>>(file).catch((error: unknown) => {
        shards.delete(file)
        throw error
      })
    shards.set(file, read)
    if (shards.size > SHARDS_KEPT) shards.delete(shards.keys().next().value as string)
    return read
  }

  /** The record at an address (as recordAddress gives it), or undefined: no such page. */
  async function record(address: string): Promise<VersionedRecord | undefined> {
    const { shards: count } = await readIndex()
    const shard = (await readShard(shardFile(shardOf(address, count)))) as ArchiveShard
    return Object.hasOwn(shard, address) ? shard[address] : undefined
  }

  /** One of Pagefind's fragments by file name, or undefined. */
  async function searchFragment(name: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
    const { searchShards } = await readIndex()
    if (!searchShards) return undefined
    const shard = await readShard(searchShardFile(shardOf(name, searchShards)))
    const packed = Object.hasOwn(shard, name) ? shard[name] : undefined
    return typeof packed === 'string'
      ? Uint8Array.from(atob(packed), (character) => character.charCodeAt(0))
      : undefined
  }

  const reader: PageReader = {
    ...recordLookups(record),
    async chrome(edition) {
      const chrome = (await readIndex()).chrome[edition]
      if (!chrome) throw new Error(`the archive has no edition "${edition}"`)
      return chrome
    },
    async version(address) {
      return (await record(address))?.version
    },
  }
  return { record, searchFragment, reader }
}
