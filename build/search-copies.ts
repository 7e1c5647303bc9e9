/**
 * The folder the search index reads (build/stages/search.ts): every page of the export as
 * `lib/finish/search-copy.ts` cuts it, at its path in the export. It is kept between builds with
 * the version of the page each copy was cut from, so an incremental build cuts only the pages it
 * rendered, and Pagefind reads 70 MB rather than 600 at 10,000 stories.
 *
 * The list of versions is removed before the folder changes and written back once it matches
 * the export, so a build killed in between leaves no list, and the next one cuts every page
 * again. A build that keeps nothing (a review copy) cuts every page, into a folder of its own.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { searchCopy } from '../lib/finish/search-copy'

const PUBLISHED_DIR = path.join('.cache', 'search-pages')
const UNKEPT_DIR = path.join('.cache', 'search-pages-unkept')
const VERSIONS_FILE = path.join('.cache', 'search-pages.json')

export type SearchCopies = {
  /** The folder Pagefind reads */
  dir: string
  /** Cuts a page rendered in this build */
  add: (file: string, html: string) => void
  /**
   * Once every rendered page is added: cuts each other page of the export whose copy is not of
   * its version from `unfinished` (its HTML as Next rendered it), removes the copies of pages
   * the export no longer holds, and records the versions. Returns how many pages were cut.
   */
  complete: (files: Iterable<string>, unfinished: (file: string) => string) => number
}

/**
 * `versions`: each page file's version (build/carry.ts), or none to keep nothing.
 */
export function openSearchCopies(
  root: string,
  versions: ReadonlyMap<string, string> | undefined,
): SearchCopies {
  const dir = path.join(root, versions ? PUBLISHED_DIR : UNKEPT_DIR)
  const listFile = path.join(root, VERSIONS_FILE)
  let copied = new Map<string, string>()
  if (versions) {
    try {
      copied = new Map(
        Object.entries(JSON.parse(readFileSync(listFile, 'utf8')) as Record<string, string>),
      )
    } catch {
      rmSync(dir, { recursive: true, force: true })
    }
    rmSync(listFile, { force: true })
  } else rmSync(dir, { recursive: true, force: true })

  const cut = new Set<string>()
  const write = (file: string, html: string) => {
    const target = path.join(dir, file)
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, searchCopy(html))
    cut.add(file)
    const version = versions?.get(file)
    if (version === undefined) copied.delete(file)
    else copied.set(file, version)
  }
  return {
    dir,
    add: write,
    complete: (files, unfinished) => {
      const exported = new Set(files)
      for (const file of exported) {
        if (cut.has(file)) continue
        const version = versions?.get(file)
        if (version === undefined || copied.get(file) !== version) write(file, unfinished(file))
        else if (!existsSync(path.join(dir, file))) write(file, unfinished(file))
      }
      for (const file of existsSync(dir)
        ? readdirSync(dir, { recursive: true, encoding: 'utf8' })
        : [])
        if (file.endsWith('.html') && !exported.has(file)) {
          rmSync(path.join(dir, file))
          copied.delete(file)
        }
      if (versions) {
        for (const file of copied.keys()) if (!exported.has(file)) copied.delete(file)
        writeFileSync(listFile, JSON.stringify(Object.fromEntries(copied)))
      }
      return cut.size
    },
  }
}
