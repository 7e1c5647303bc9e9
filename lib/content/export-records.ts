/**
 * The export's records: what each page and file of the export is made from, computed once by the
 * build in one process (build/stages/page-records.ts, from lib/content/model-reader.ts) and read
 * by Next's render workers from disk, one small file per page (decision 006). A render worker
 * then holds the records of the pages it renders, never the whole archive.
 *
 * The layout under the records folder (NEWSROOM_RECORDS_DIR; never published):
 *   index.json            ExportIndex: each edition's chrome and the addresses the export holds
 *   pages/<key>.json      the PageRecord at an address
 *   files/<key>.txt       the text of a feed or a sitemap
 * where <key> is a hash of the address (addresses hold Arabic letters; file names stay short).
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Alternates } from '../newsroom/alternates'
import type { Listing, ListingKind } from '../newsroom/model'
import type {
  ArticleDetail,
  EditionChromeData,
  FrontPage,
  PageView,
} from '../newsroom/view-models'
import { recordLookups, type PageReader } from '../edge/records'
import type { EditionCode } from '../site/i18n/dictionaries'

/** What one page of the export is rendered from. */
export type PageRecord =
  | { kind: 'article'; article: ArticleDetail }
  | { kind: 'listing'; listing: Listing }
  | { kind: 'front'; front: FrontPage; alternates: Alternates }
  | { kind: 'page'; page: PageView; alternates: Alternates }
  | { kind: 'search'; alternates: Alternates }

/** The addresses of an edition the export holds, as its routes' generateStaticParams give them. */
export type EditionPages = {
  articles: { section: string; article: string }[]
  /** Live pages' numbered pages of older updates (docs/live-coverage.md) */
  liveUpdatePages: { section: string; article: string; page: number }[]
  listings: Record<ListingKind, { slug: string; page: number }[]>
  /** Standalone pages' slugs */
  pages: string[]
  /** Section slugs with a feed folder of their own */
  feedSections: string[]
}

export type ExportIndex = {
  editions: Partial<Record<EditionCode, EditionPages & { chrome: EditionChromeData }>>
  /** Every sitemap file's address: /sitemap.xml and those under /sitemaps/ */
  sitemaps: string[]
}

/** What the export's routes read: a PageReader, the other pages' records and the text files. */
export type ExportReader = PageReader & {
  index(): Promise<ExportIndex>
  page(address: string): Promise<PageRecord | undefined>
  /** A feed's or a sitemap's text, by its address */
  file(address: string): Promise<string | undefined>
}

const INDEX = 'index.json'

export function recordKey(address: string): string {
  return createHash('sha256').update(address).digest('hex').slice(0, 32)
}

export const recordFiles = (dir: string) => ({
  index: path.join(dir, INDEX),
  page: (address: string) => path.join(dir, 'pages', `${recordKey(address)}.json`),
  file: (address: string) => path.join(dir, 'files', `${recordKey(address)}.txt`),
})

/** Undefined when the file is not there: an address the export does not hold. */
function readIfThere(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/** The records the build wrote under `dir`, read one page at a time. */
export function recordsOnDisk(dir: string): ExportReader {
  const files = recordFiles(dir)
  let index: ExportIndex | undefined
  const readIndex = () => (index ??= JSON.parse(readFileSync(files.index, 'utf8')) as ExportIndex)
  const page = async (address: string): Promise<PageRecord | undefined> => {
    const text = readIfThere(files.page(address))
    return text === undefined ? undefined : (JSON.parse(text) as PageRecord)
  }
  return {
    index: async () => readIndex(),
    page,
    file: async (address) => readIfThere(files.file(address)),
    ...recordLookups(page),
    async chrome(edition) {
      const found = readIndex().editions[edition]
      if (!found) throw new Error(`the export's records have no edition "${edition}"`)
      return found.chrome
    },
    // Exported pages carry no version marker (the Worker's pages do: lib/edge/records.ts).
    version: async () => undefined,
  }
}
