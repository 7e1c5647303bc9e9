/**
 * Rendering only what changed (decision 006). Each page has a version: a hash of everything that
 * reaches its HTML — its record, its edition's chrome, the build ID (code and site settings) and
 * the build's day. The published release's versions are kept in `.cache/release-state.json`
 * (never published); the next build renders the pages whose version is new or changed and carries
 * every other page's finished files from that release by hard link.
 *
 * Anything that could make a carried page wrong renders everything, and the build says why: no
 * state, a state that is not the published release's, another build ID, a carried file or its
 * unfinished copy missing. A review copy never carries and never records.
 */
import { createHash } from 'node:crypto'
import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { currentRelease, RELEASES_DIR } from './release'

export const RELEASE_STATE_FILE = path.join('.cache', 'release-state.json')
/** Each page's HTML as Next rendered it, before finishing: refinished when its faces change. */
export const RENDERED_DIR = path.join('.cache', 'rendered')

/** What the faces and pictures steps read from a page file (exported-pages.ts), and how it was finished. */
export type FileState = {
  characters: string
  pictures: string[]
  /** A hash of what finishing it used: the faces and its pictures' copies */
  finish: string
}

/** What the build knows of one published page: its version and its files in the export. */
export type PageState = { version: string; files: Record<string, FileState> }

export type ReleaseState = {
  release: string
  /** Next's build ID, and the code's own hash (the ID can be set by hand: NEWSROOM_BUILD_ID) */
  buildId: string
  code: string
  pages: Record<string, PageState>
}

export const versionOf = (...parts: string[]): string => {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part).update('\u0000')
  return hash.digest('base64url').slice(0, 22)
}

/** The unfinished copy of a page file, by its path in the export. */
export const renderedCopy = (root: string, file: string): string =>
  path.join(
    root,
    RENDERED_DIR,
    `${createHash('sha256').update(file).digest('hex').slice(0, 32)}.html`,
  )

export function readReleaseState(root: string): ReleaseState | undefined {
  try {
    return JSON.parse(readFileSync(path.join(root, RELEASE_STATE_FILE), 'utf8')) as ReleaseState
  } catch {
    return undefined
  }
}

export function writeReleaseState(root: string, state: ReleaseState): void {
  const file = path.join(root, RELEASE_STATE_FILE)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(`${file}.tmp`, JSON.stringify(state))
  renameSync(`${file}.tmp`, file)
}

export type CarryPlan =
  | { full: true; reason: string }
  | {
      full: false
      /** The published release the carried pages come from */
      release: string
      /** Address → the page's state in that release */
      carried: Map<string, PageState>
    }

/**
 * Which pages can be carried: those whose version is the published one's, with every file of
 * theirs (and its unfinished copy) still there.
 */
export function planCarry(
  root: string,
  { buildId, code }: Pick<ReleaseState, 'buildId' | 'code'>,
  versions: ReadonlyMap<string, string>,
): CarryPlan {
  const state = readReleaseState(root)
  const published = currentRelease(root)
  if (!state || !published) return { full: true, reason: 'no previous release to carry pages from' }
  if (state.release !== published)
    return { full: true, reason: `the published release is not the one the last build recorded` }
  if (state.code !== code || state.buildId !== buildId)
    return { full: true, reason: 'the code or content/site.yml changed since the last release' }
  const releaseDir = path.join(root, RELEASES_DIR, published)
  const carried = new Map<string, PageState>()
  for (const [address, version] of versions) {
    const page = Object.hasOwn(state.pages, address) ? state.pages[address] : undefined
    if (page?.version !== version) continue
    for (const file of Object.keys(page.files))
      if (!existsSync(path.join(releaseDir, file)) || !existsSync(renderedCopy(root, file)))
        return { full: true, reason: `${file} of the last release is missing` }
    carried.set(address, page)
  }
  return { full: false, release: published, carried }
}

/**
 * Hard-links the carried pages' files from the published release into the staging folder.
 * Returns each file linked, with what the release knew of it.
 */
export function carryPages(root: string, staging: string, plan: CarryPlan): Map<string, FileState> {
  const linked = new Map<string, FileState>()
  if (plan.full) return linked
  const releaseDir = path.join(root, RELEASES_DIR, plan.release)
  for (const page of plan.carried.values())
    for (const [file, state] of Object.entries(page.files)) {
      const target = path.join(staging, file)
      // Rendered anyway (Next exports at least one page of a route): this build's copy stays.
      if (existsSync(target)) continue
      mkdirSync(path.dirname(target), { recursive: true })
      linkSync(path.join(releaseDir, file), target)
      linked.set(file, state)
    }
  return linked
}

/** Where the search index reads the pages from in an incremental build. */
const SEARCH_PAGES_DIR = path.join('.cache', 'search-pages')

/**
 * A folder holding every page of the export as Next rendered it — this build's pages from the
 * staging folder, the carried ones' unfinished copies — linked, not copied, so that the search
 * index of an incremental build reads what a cold build's does.
 */
export function unfinishedPages(
  root: string,
  staging: string,
  carried: ReadonlyMap<string, FileState>,
): string {
  const dir = path.join(root, SEARCH_PAGES_DIR)
  rmSync(dir, { recursive: true, force: true })
  for (const file of readdirSync(staging, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue
    const target = path.join(dir, file)
    mkdirSync(path.dirname(target), { recursive: true })
    linkSync(carried.has(file) ? renderedCopy(root, file) : path.join(staging, file), target)
  }
  return dir
}
