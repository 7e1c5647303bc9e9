/**
 * The records every page and file of the export is rendered from (lib/content/export-records.ts),
 * written once, in this process, from the newsroom model, before `next build`. Its render workers
 * then read one small file per page instead of each loading the whole archive (decision 006).
 * The folder is the build's own (never published). A page's record is written again only when
 * its version changed since the build that last wrote the folder (WRITTEN_FILE, which a build
 * removes before it writes anything and writes back once every record is on disk).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { recordFiles, type ExportIndex } from '../../lib/content/export-records'
import { createModelReader, editionRecords, feedAddresses } from '../../lib/content/model-reader'
import { measureContentImage } from '../../lib/content/image-files'
import { measureContentMedia } from '../../lib/content/media-files'
import type { NewsroomDocuments } from '../../lib/content/documents'
import { createNewsroom } from '../../lib/newsroom/model'
import { getShareImages, type ShareImage } from '../../lib/outputs/share-images'
import type { EditionCode } from '../../lib/site/i18n/dictionaries'
import { articleUrl, listingUrl, pageUrl } from '../../lib/site/routes'
import type { SiteConfig } from '../../lib/site/site-config'
import { isoDateIn } from '../../lib/site/format'
import type { ListingKind } from '../../lib/newsroom/model'
import { LATEST } from '../../lib/newsroom/pagination'
import { needsScripts } from '../../lib/finish/page-html'
import { planCarry, versionOf, type CarryPlan } from '../carry'
import { embedMetadataReader } from '../../lib/content/embed-metadata'

/** Where the records are written, under the project root. */
export const RECORDS_DIR = path.join('.cache', 'records')

/** The version of each page whose record is on disk, by address. */
const WRITTEN_FILE = 'written.json'

function writtenVersions(file: string): Map<string, string> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>))
  } catch {
    return new Map()
  }
}

type Options = {
  buildTime: Date
  site: SiteConfig
  /** A review copy: drafts and scheduled stories shown; every page rendered, nothing recorded */
  showsUnpublished: boolean
  /** Next's build ID (the code and the site's settings): part of every page's version */
  buildId: string
  /** The code and the site's settings themselves (build-id.ts), whatever the ID was set to */
  code: string
}

/** A page of the export: its version and its files. */
export type ExportedPage = { version: string; files: string[] }

export type WrittenRecords = {
  dir: string
  pages: number
  /** Records written in this build: the others are on disk as the last build wrote them */
  rewritten: number
  files: number
  bytes: number
  /** Every page the export holds, by address */
  exported: Map<string, ExportedPage>
  /** What is carried from the published release, or why everything is rendered */
  carry: CarryPlan
  /** How many pages Next renders */
  rendered: number
  shareImages: ShareImage[]
  /** Each live page still updated, with what its updates.json says (components/live/) */
  liveCounts: LiveCount[]
}

/** What a live page's updates.json holds: how many updates it has, and the newest one's time. */
export type LiveCount = { address: string; count: number; latest?: string }

const pageFile = (address: string) => `${address.slice(1)}index.html`

/**
 * The index with only the pages to render in its lists (what generateStaticParams returns).
 * Next refuses to export a route with no page at all, so each route of each edition keeps one
 * page, its first, even when it is carried.
 */
function toRender(index: ExportIndex, carried: (address: string) => boolean): ExportIndex {
  const keepOne = <T>(all: T[], kept: T[], isFirst: (item: T) => boolean = () => true): T[] => {
    if (kept.some(isFirst)) return kept
    const first = all.find(isFirst)
    return first === undefined ? kept : [first, ...kept]
  }
  const editions: ExportIndex['editions'] = {}
  for (const [code, pages] of Object.entries(index.editions)) {
    if (!pages) continue
    const edition = code as EditionCode
    const listing = (kind: ListingKind) => {
      const all = pages.listings[kind]
      const kept = all.filter(({ slug, page }) => !carried(listingUrl(edition, kind, slug, page)))
      // Two routes read these: the listings' own addresses and their /page/N/.
      const latest = keepOne(all, kept, ({ page }) => page === LATEST)
      return keepOne(all, latest, ({ page }) => page !== LATEST)
    }
    editions[edition] = {
      ...pages,
      // One route renders both (app/[edition]/[section]/[article]/[[...page]]): it keeps a story.
      articles: keepOne(
        pages.articles,
        pages.articles.filter(
          ({ section, article }) => !carried(articleUrl(edition, section, article)),
        ),
      ),
      liveUpdatePages: pages.liveUpdatePages.filter(
        ({ section, article, page }) => !carried(articleUrl(edition, section, article, page)),
      ),
      listings: { section: listing('section'), tag: listing('tag'), author: listing('author') },
      pages: keepOne(
        pages.pages,
        pages.pages.filter((slug) => !carried(pageUrl(edition, slug))),
      ),
    }
  }
  return { ...index, editions }
}

function writeInto(file: string, text: string): number {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
  return Buffer.byteLength(text)
}

/** Writes the records of the newsroom made of `documents` under `root`/RECORDS_DIR. */
export async function writePageRecords(
  root: string,
  { buildTime, site, showsUnpublished, buildId, code }: Options,
  documents: NewsroomDocuments,
): Promise<WrittenRecords> {
  const editions = site.editions.map((edition) => edition.code)
  const newsroom = createNewsroom({
    ...documents,
    editions,
    buildTime,
    showsUnpublished,
    measureImage: (src, sourceFile) => measureContentImage(src, sourceFile, root),
    measureMedia: (src, sourceFile, kind) => measureContentMedia(src, sourceFile, kind, root),
    embedMetadata: embedMetadataReader(root),
  })
  const reader = createModelReader(newsroom, {
    baseUrl: site.baseUrl,
    webSubHub: site.announce.webSubHub,
    hotDays: site.archive.mode === 'edge' ? site.archive.prerenderDays : undefined,
  })
  const dir = path.join(root, RECORDS_DIR)
  const files = recordFiles(dir)
  // A build stopped from here on leaves no list: the next one writes every record again.
  const writtenFile = path.join(dir, WRITTEN_FILE)
  const written = writtenVersions(writtenFile)
  rmSync(writtenFile, { force: true })
  rmSync(path.join(dir, 'files'), { recursive: true, force: true })
  const index = await reader.index()
  const day = isoDateIn(buildTime, site.timeZone)
  let bytes = 0
  let pages = 0
  let rewritten = 0
  let texts = 0
  const exportedPages = new Map<string, ExportedPage>()
  const liveCounts: LiveCount[] = []
  for (const edition of editions) {
    const exported = index.editions[edition]
    if (!exported) continue
    // Around every page of the edition: its navigation, breaking strip, date line and footer. The
    // strip and the date line are stamped by the finishing step (lib/finish/stamps.ts) on every
    // page but those React hydrates, so only those are rendered again when they change.
    const chrome = JSON.stringify(exported.chrome)
    const stampedChrome = JSON.stringify({ ...exported.chrome, breaking: [] })
    for await (const [address, record] of editionRecords(reader, edition, exported)) {
      if (exportedPages.has(address)) continue
      const json = JSON.stringify(record)
      const version = needsScripts(address)
        ? versionOf(buildId, day, chrome, json)
        : versionOf(buildId, stampedChrome, json)
      exportedPages.set(address, { version, files: [pageFile(address)] })
      const live = record.kind === 'article' ? record.article.live : undefined
      if (live?.status === 'live' && live.count !== undefined)
        liveCounts.push({
          address,
          count: live.count,
          ...(live.latest ? { latest: live.latest } : {}),
        })
      // The version hashes the record's text: the same version, the same file.
      const file = files.page(address)
      if (written.get(address) !== version || !existsSync(file)) {
        writeInto(file, json)
        rewritten += 1
      }
      bytes += Buffer.byteLength(json)
      pages += 1
    }
    for (const address of feedAddresses(edition, exported)) {
      const text = await reader.file(address)
      if (text === undefined) continue
      bytes += writeInto(files.file(address), text)
      texts += 1
    }
  }
  for (const address of index.sitemaps) {
    const text = await reader.file(address)
    if (text === undefined) continue
    bytes += writeInto(files.file(address), text)
    texts += 1
  }
  const versions = new Map([...exportedPages].map(([address, page]) => [address, page.version]))
  const carry: CarryPlan = showsUnpublished
    ? { full: true, reason: 'a review copy renders every page' }
    : planCarry(root, { buildId, code }, versions)
  const carried = (address: string) => !carry.full && carry.carried.has(address)
  const rendering = toRender(index, carried)
  bytes += writeInto(files.index, JSON.stringify(rendering))
  for (const address of written.keys())
    if (!exportedPages.has(address)) rmSync(files.page(address), { force: true })
  writeFileSync(writtenFile, JSON.stringify(Object.fromEntries(versions)))
  const exportedArticles = (edition: EditionCode) => index.editions[edition]?.articles ?? []
  return {
    dir,
    pages,
    rewritten,
    files: texts,
    bytes,
    exported: exportedPages,
    carry,
    rendered: pages - (carry.full ? 0 : carry.carried.size),
    shareImages: getShareImages(newsroom, exportedArticles),
    liveCounts,
  }
}
