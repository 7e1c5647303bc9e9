/**
 * The search index: Pagefind reads the exported pages and writes /pagefind/ beside them. Only
 * article pages mark a data-pagefind-body, so only articles are indexed; pages carry their
 * `lang`, so each edition gets its own index (Arabic words stemmed as Arabic).
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import * as pagefind from 'pagefind'

/**
 * Pagefind also writes its ready-made search interfaces; the search page has its own
 * (components/search/search-results.tsx), so they are not published.
 */
const UNUSED_UI = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/

type Entry = { languages: Record<string, { page_count: number }> }

/** A page the export does not hold, indexed from its HTML (edge mode's archive, lib/outputs/search-document.ts). */
export type SearchDocument = { sourcePath: string; content: string }

/**
 * Writes the index into `siteDir`; returns how many pages each language's index holds. Pagefind
 * reads what it indexes of each page as Next rendered it from `pagesDir` (build/search-copies.ts).
 */
export async function writeSearchIndex(
  siteDir: string,
  pagesDir: string,
  documents: readonly SearchDocument[] = [],
): Promise<Record<string, number>> {
  try {
    const { index, errors } = await pagefind.createIndex({})
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
    const added = await index.addDirectory({ path: pagesDir })
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`)
    for (const document of documents) {
      const file = await index.addHTMLFile(document)
      if (file.errors.length > 0) throw new Error(`Pagefind: ${file.errors.join('; ')}`)
    }
    const outputPath = path.join(siteDir, 'pagefind')
    const written = await index.writeFiles({ outputPath })
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
    for (const file of readdirSync(outputPath)) {
      if (UNUSED_UI.test(file)) rmSync(path.join(outputPath, file))
    }
    // added.page_count counts every page read, indexed or not; the entry file counts the indexed.
    const entry = JSON.parse(readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8'))
    return Object.fromEntries(
      Object.entries((entry as Entry).languages).map(([lang, { page_count }]) => [
        lang,
        page_count,
      ]),
    )
  } finally {
    await pagefind.close()
  }
}
