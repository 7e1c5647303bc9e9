/**
 * The records every page and file of the export is rendered from (lib/content/export-records.ts),
 * written once, in this process, from the newsroom model, before `next build`. Its render workers
 * then read one small file per page instead of each loading the whole archive (decision 006).
 * The folder is the build's own (never published) and is written anew by every build.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { recordFiles, type ExportIndex } from '../../lib/content/export-records'
import { createModelReader, editionRecords, feedAddresses } from '../../lib/content/model-reader'
import { readGeneratedDocuments } from '../../lib/content/generated'
import { measureContentImage } from '../../lib/content/image-files'
import type { NewsroomDocuments } from '../../lib/content/documents'
import { createNewsroom } from '../../lib/newsroom/model'
import { getShareImages, type ShareImage } from '../../lib/outputs/share-images'
import type { EditionCode } from '../../lib/site/i18n/dictionaries'
import type { SiteConfig } from '../../lib/site/site-config'

/** Where the records are written, under the project root. */
export const RECORDS_DIR = path.join('.cache', 'records')

type Options = {
  buildTime: Date
  site: SiteConfig
  /** A review copy: drafts and scheduled stories shown */
  showsUnpublished: boolean
}

export type WrittenRecords = {
  dir: string
  pages: number
  files: number
  bytes: number
  index: ExportIndex
  shareImages: ShareImage[]
}

function writeInto(file: string, text: string): number {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
  return Buffer.byteLength(text)
}

/** Writes the records under `root`/RECORDS_DIR from Contentlayer's output (or `documents`). */
export async function writePageRecords(
  root: string,
  { buildTime, site, showsUnpublished }: Options,
  documents: NewsroomDocuments = readGeneratedDocuments(root),
): Promise<WrittenRecords> {
  const editions = site.editions.map((edition) => edition.code)
  const newsroom = createNewsroom({
    ...documents,
    editions,
    buildTime,
    showsUnpublished,
    measureImage: (src, sourceFile) => measureContentImage(src, sourceFile, root),
  })
  const reader = createModelReader(newsroom, {
    baseUrl: site.baseUrl,
    hotDays: site.archive.mode === 'edge' ? site.archive.prerenderDays : undefined,
  })
  const dir = path.join(root, RECORDS_DIR)
  rmSync(dir, { recursive: true, force: true })
  const files = recordFiles(dir)
  const index = await reader.index()
  let bytes = writeInto(files.index, JSON.stringify(index))
  let pages = 0
  let texts = 0
  const written = new Set<string>()
  for (const edition of editions) {
    const exported = index.editions[edition]
    if (!exported) continue
    for await (const [address, record] of editionRecords(reader, edition, exported)) {
      if (written.has(address)) continue
      written.add(address)
      bytes += writeInto(files.page(address), JSON.stringify(record))
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
  const exportedArticles = (edition: EditionCode) => index.editions[edition]?.articles ?? []
  return {
    dir,
    pages,
    files: texts,
    bytes,
    index,
    shareImages: getShareImages(newsroom, exportedArticles),
  }
}
