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

/**
 * The unfinished copy of a page file, by its path in the export and its page's version: a build
 * that fails after rendering a page leaves a copy of another version beside the published one's,
 * never over it.
 */
export const renderedCopy = (root: string, file: string, version: string): string =>
  path.join(root, RENDERED_DIR, `${versionOf(file, version)}.html`)

/** Each page file of the export, with its page's version. */
export function fileVersions(
  pages: ReadonlyMap<string, { version: string; files: readonly string[] }>,
): Map<string, string> {
  const versions = new Map<string, string>()
  for (const { version, files } of pages.values())
    for (const file of files) versions.set(file, version)
  return versions
}

/** Removes the unfinished copies of every page file the published release does not hold. */
export function pruneRenderedCopies(root: string, pages: ReleaseState['pages']): number {
  const kept = new Set<string>()
  for (const { version, files } of Object.values(pages))
    for (const file of Object.keys(files))
      kept.add(path.basename(renderedCopy(root, file, version)))
  const dir = path.join(root, RENDERED_DIR)
  let removed = 0
  for (const name of existsSync(dir) ? readdirSync(dir) : [])
    if (!kept.has(name)) {
      rmSync(path.join(dir, name), { force: true })
      removed += 1
    }
  return removed
}

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
      if (
        !existsSync(path.join(releaseDir, file)) ||
        !existsSync(renderedCopy(root, file, version))
      )
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
