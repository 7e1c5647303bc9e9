/**
 * Edge mode: writes the archive's records into the export (`/archive-data/`, lib/archive.ts),
 * from the same newsroom model the pages were rendered from, for the Worker to render every page
 * the export does not hold. The Worker refuses these files to readers (edge/worker.ts).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  ARCHIVE_DATA_PATH,
  archiveRecords,
  INDEX_FILE,
  shardCount,
  shardFile,
  shardOf,
  type ArchiveIndex,
  type ArchiveRecord,
} from '../lib/archive'
import type { EditionCode } from '../lib/i18n/dictionaries'
import { measureContentImage } from '../lib/images'
import {
  createNewsroom,
  type ArticleDocument,
  type AuthorDocument,
  type PageDocument,
  type SectionDocument,
} from '../lib/newsroom'
import { readDocuments } from './check-content'

type Options = { buildTime: Date; editions: readonly EditionCode[] }

const fileIn = (dir: string, address: string) => path.join(dir, ...address.split('/'))

/** Writes the records under `siteDir`; returns how many records, shards and bytes. */
export function writeArchiveData(
  siteDir: string,
  root: string,
  { buildTime, editions }: Options,
): { records: number; shards: number; bytes: number } {
  const documents = readDocuments(root)
  // Contentlayer's documents carry every field the model reads; readDocuments types the checks' part.
  const newsroom = createNewsroom({
    articles: documents.articles as unknown as ArticleDocument[],
    sections: documents.sections as unknown as SectionDocument[],
    authors: documents.authors as unknown as AuthorDocument[],
    pages: documents.pages as unknown as PageDocument[],
    editions,
    buildTime,
    showsUnpublished: false,
    measureImage: (src, sourceFile) => measureContentImage(src, sourceFile, root),
  })
  const records: [string, string][] = []
  let bytes = 0
  for (const [address, record] of archiveRecords(newsroom, editions)) {
    const json = JSON.stringify(record satisfies ArchiveRecord)
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
  grouped.forEach((entries, shard) => {
    // Written by hand from the records' JSON: one parse in the Worker, none here.
    writeFileSync(fileIn(siteDir, shardFile(shard)), `{${entries.join(',')}}`)
  })
  const index: ArchiveIndex = {
    shards,
    buildTime: buildTime.toISOString(),
    chrome: Object.fromEntries(
      editions.map((edition) => [edition, newsroom.getEditionChrome(edition)]),
    ),
  }
  writeFileSync(fileIn(siteDir, INDEX_FILE), JSON.stringify(index))
  return { records: records.length, shards, bytes }
}
