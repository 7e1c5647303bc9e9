/**
 * Edge mode: writes the archive's records into the export (`/archive-data/`, lib/edge/records.ts),
 * from the same newsroom model the pages were rendered from, for the Worker to render every page
 * the export does not hold. The Worker refuses these files to readers (edge/worker.ts).
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  ARCHIVE_DATA_PATH,
  archiveRecords,
  INDEX_FILE,
  searchShardFile,
  shardCount,
  shardFile,
  shardOf,
  type ArchiveIndex,
  type ArchiveRecord,
} from '../../lib/edge/records'
import { formatDate, isoDateIn } from '../../lib/site/format'
import { shownCharacters } from '../../lib/finish/faces'
import type { EditionCode } from '../../lib/site/i18n/dictionaries'
import { measureContentImage } from '../../lib/content/image-files'
import { measureContentMedia } from '../../lib/content/media-files'
import { isOwnPicture } from '../../lib/finish/responsive-images'
import { searchDocument } from '../../lib/outputs/search-document'
import { createNewsroom } from '../../lib/newsroom/model'
import type { EditionConfig } from '../../lib/site/site-config'
import type { NewsroomDocuments } from '../../lib/content/documents'
import type { SearchDocument } from './search'
import { embedMetadataReader } from '../../lib/content/embed-metadata'

type Options = {
  buildTime: Date
  /** The site's time zone and editions (content/site.yml, read by the caller after its check) */
  timeZone: string
  editions: readonly EditionConfig[]
  worker: string
}

const fileIn = (dir: string, address: string) => path.join(dir, ...address.split('/'))

/** `/ar/…/` → ar: every address starts with its edition. */
const editionOf = (address: string) => address.split('/')[1] as EditionCode

/** A lead picture's `"src":"/…"`, and an inline one's `src=\"/…\"` inside a story's HTML. */
const PICTURE_SOURCES = [/"src":"(\/[^"]+)"/g, /src=\\"(\/[^"\\]+)\\"/g]

/** The characters a record's pages show: those of its strings, markup left out. */
function addShownCharacters(value: unknown, characters: Set<string>): void {
  if (typeof value === 'string')
    for (const character of shownCharacters(value)) characters.add(character)
  else if (Array.isArray(value)) for (const item of value) addShownCharacters(item, characters)
  else if (value && typeof value === 'object')
    for (const item of Object.values(value)) addShownCharacters(item, characters)
}

export type ArchiveData = {
  records: number
  shards: number
  bytes: number
  /** What the Worker's pages show, for the faces and the pictures' sizes (like scanExportedPages) */
  characters: Set<string>
  pictures: string[]
  /** The stories the export does not hold, for the search index */
  searchDocuments: SearchDocument[]
}

/**
 * Writes the records under `siteDir`; returns what they hold. The documents are the build's
 * (the benchmark's simulation passes documents made in memory).
 */
export function writeArchiveData(
  siteDir: string,
  root: string,
  { buildTime, timeZone, editions: editionConfigs, worker }: Options,
  documents: NewsroomDocuments,
): ArchiveData {
  const editions = editionConfigs.map((edition) => edition.code)
  const newsroom = createNewsroom({
    ...documents,
    editions,
    buildTime,
    showsUnpublished: false,
    measureImage: (src, sourceFile) => measureContentImage(src, sourceFile, root),
    measureMedia: (src, sourceFile, kind) => measureContentMedia(src, sourceFile, kind, root),
    embedMetadata: embedMetadataReader(root),
  })
  // What every page of an edition shows besides its record: the chrome and the masthead's date.
  const around = new Map(
    editions.map((edition) => [
      edition,
      JSON.stringify(newsroom.getEditionChrome(edition)) + isoDateIn(buildTime, timeZone),
    ]),
  )
  const records: [string, string][] = []
  const searchDocuments: SearchDocument[] = []
  let bytes = 0
  for (const [address, record] of archiveRecords(newsroom, editions)) {
    const page = path.join(address.slice(1), 'index.html')
    if (record.kind === 'article' && !existsSync(path.join(siteDir, page))) {
      const { article } = record
      // As the article page formats it (formatForEdition(edition, published, 'date')).
      const edition = editionConfigs.find(({ code }) => code === article.edition)
      const date = formatDate(new Date(article.published), {
        locale: edition?.locale ?? article.edition,
        timeZone,
        numberingSystem: edition?.numerals,
      })
      searchDocuments.push({
        sourcePath: page,
        content: searchDocument(article, article.edition, date),
      })
    }
    const data = JSON.stringify(record satisfies ArchiveRecord)
    const version = createHash('sha256')
      .update(data)
      .update(around.get(editionOf(address)) ?? '')
      .digest('base64url')
      .slice(0, 16)
    const json = `${data.slice(0, -1)},"version":"${version}"}`
    records.push([address, json])
    bytes += address.length + json.length + 6
  }
  const shards = shardCount(bytes)
  const grouped: string[][] = Array.from({ length: shards }, () => [])
  for (const [address, json] of records)
    grouped[shardOf(address, shards)]?.push(`${JSON.stringify(address)}:${json}`)

  const dir = fileIn(siteDir, ARCHIVE_DATA_PATH)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const characters = new Set<string>()
  const pictures = new Set<string>()
  grouped.forEach((entries, shard) => {
    // Written by hand from the records' JSON: one parse in the Worker, none here.
    const text = `{${entries.join(',')}}`
    writeFileSync(fileIn(siteDir, shardFile(shard)), text)
    addShownCharacters(JSON.parse(text) as unknown, characters)
    for (const pattern of PICTURE_SOURCES)
      for (const [, src = ''] of text.matchAll(pattern)) if (isOwnPicture(src)) pictures.add(src)
  })
  const index: ArchiveIndex = {
    shards,
    searchShards: 0,
    worker,
    chrome: Object.fromEntries(
      editions.map((edition) => [edition, newsroom.getEditionChrome(edition)]),
    ),
  }
  writeFileSync(fileIn(siteDir, INDEX_FILE), JSON.stringify(index))
  return {
    records: records.length,
    shards,
    bytes,
    characters,
    pictures: [...pictures].sort(),
    searchDocuments,
  }
}

/**
 * Packs Pagefind's fragments (one file per story, read as a reader's results show) into shards
 * the Worker answers from (lib/edge/worker-handler.ts): 100,000 stories would otherwise be 100,000 files,
 * past what an edge host takes in one deploy. Returns how many fragments were packed.
 */
export function packSearchFragments(siteDir: string): { fragments: number; shards: number } {
  const folder = path.join(siteDir, 'pagefind', 'fragment')
  const names = readdirSync(folder).sort()
  const packed = names.map((name) => [
    name,
    readFileSync(path.join(folder, name)).toString('base64'),
  ])
  const bytes = packed.reduce(
    (total, [name = '', data = '']) => total + name.length + data.length + 6,
    0,
  )
  const shards = shardCount(bytes)
  const grouped: Record<string, string>[] = Array.from({ length: shards }, () => ({}))
  for (const [name = '', data = ''] of packed) {
    const shard = grouped[shardOf(name, shards)]
    if (shard) shard[name] = data
  }
  grouped.forEach((shard, number) =>
    writeFileSync(fileIn(siteDir, searchShardFile(number)), JSON.stringify(shard)),
  )
  rmSync(folder, { recursive: true })
  const indexFile = fileIn(siteDir, INDEX_FILE)
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as ArchiveIndex
  writeFileSync(indexFile, JSON.stringify({ ...index, searchShards: shards }))
  return { fragments: names.length, shards }
}
