/**
 * One read of every exported page for what the later steps need to know about all of them: the
 * characters they show (for cutting the faces) and the site's own pictures they show (for their
 * copies). A 10,000-story archive has some 13,000 pages; each step reading them again cost
 * seconds each.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { shownCharacters } from '../lib/finish/faces'
import { pagePictures } from '../lib/finish/responsive-images'

export type ExportedPages = { characters: Set<string>; pictures: string[] }

export function scanExportedPages(siteDir: string): ExportedPages {
  const characters = new Set<string>()
  const pictures = new Set<string>()
  for (const file of readdirSync(siteDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue
    const html = readFileSync(path.join(siteDir, file), 'utf8')
    for (const character of shownCharacters(html)) characters.add(character)
    for (const src of pagePictures(html)) pictures.add(src)
  }
  return { characters, pictures: [...pictures].sort() }
}
