/**
 * One read of every exported page for what the later steps need to know about all of them: the
 * characters they show (for cutting the faces), the site's own pictures they show (for their
 * copies) and what the search index reads of them (build/search-copies.ts). A 10,000-story archive has some 13,000 pages; each step reading them again cost
 * seconds each. A page carried from the previous release (build/carry.ts) is not read again:
 * what it shows was recorded when it was rendered.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { shownCharacters } from '../lib/finish/faces'
import { pagePictures } from '../lib/finish/responsive-images'

/** What one page file shows. */
export type PageShows = { characters: string; pictures: string[] }

export type ExportedPages = {
  characters: Set<string>
  pictures: string[]
  /** Each page file (relative to the export, as readdir gives it) and what it shows */
  files: Map<string, PageShows>
}

/**
 * `known`: the pages not to read (carried, with what they show); `onRead` is given each page
 * that is read, so that another step needing it does not read it again.
 */
export function scanExportedPages(
  siteDir: string,
  known: ReadonlyMap<string, PageShows> = new Map(),
  onRead?: (file: string, html: string) => void,
): ExportedPages {
  const characters = new Set<string>()
  const pictures = new Set<string>()
  const files = new Map<string, PageShows>()
  for (const file of readdirSync(siteDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue
    let shows = known.get(file)
    if (!shows) {
      const html = readFileSync(path.join(siteDir, file), 'utf8')
      shows = {
        characters: [...shownCharacters(html)].sort().join(''),
        pictures: [...new Set(pagePictures(html))].sort(),
      }
      onRead?.(file, html)
    }
    files.set(file, shows)
    for (const character of shows.characters) characters.add(character)
    for (const src of shows.pictures) pictures.add(src)
  }
  return { characters, pictures: [...pictures].sort(), files }
}
