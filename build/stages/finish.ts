/**
 * Finishes the exported pages (lib/finish/page-html.ts) and gives each its script policy
 * (lib/finish/page-policy.ts).
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { finishedPage, needsScripts, pagePath, type PageAssets } from '../../lib/finish/page-html'
import { DisallowedContentError, withPolicy } from '../../lib/finish/page-policy'
import { stampsOf } from '../../lib/finish/stamps'

/**
 * The parts stamped on every page (lib/finish/stamps.ts) as this build rendered them: read from
 * the pages Next rendered now, never from a carried one, until every name in `names` is found.
 * Every build renders at least one page of each route in each edition (page-records.ts).
 */
export function renderedStamps(
  dir: string,
  carried: ReadonlyMap<string, unknown>,
  names: readonly string[],
): Map<string, string> {
  const stamps = new Map<string, string>()
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()
  for (const file of files) {
    if (!file.endsWith('.html') || carried.has(file)) continue
    for (const [name, part] of stampsOf(readFileSync(path.join(dir, file), 'utf8')))
      if (!stamps.has(name)) stamps.set(name, part)
    if (names.every((name) => stamps.has(name))) break
  }
  return stamps
}

/** Next's per-page React Server Component payloads: index.txt and __next.*.txt segments. */
const NAVIGATION_PAYLOAD = /^(index|__next\..*)\.txt$/

/**
 * An incremental build's finishing (build/carry.ts): a carried file is left as it is unless what
 * finishing it uses changed (then it is finished again from its unfinished copy); a rendered one
 * is finished and its unfinished copy kept for the next build.
 */
export type FinishIncrementally = {
  /** Files carried from the published release, with the key of how each was finished */
  carried: ReadonlyMap<string, { finish: string }>
  /** The key of what finishing a file uses: the faces, the stamped parts, its pictures' copies */
  finishKey: (file: string) => string
  /** Where a page file's unfinished copy is kept */
  renderedCopy: (file: string) => string
}

function writeCopy(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
}

/**
 * Finishes every page the site rendered under `dir` (lib/finish/page-html.ts: reading pages lose the
 * framework's runtime) and adds its policy, and removes the navigation payloads (the `.txt`
 * copies of each page that only Next's client router reads; no page navigates with it).
 * Returns how many pages it wrote. An HTML file that was copied as it is from `publicDir` was
 * not rendered by the site, and nothing vouches for its scripts: the build stops rather than
 * publish it.
 */
export function finishPages(
  dir: string,
  publicDir: string,
  assets: PageAssets = {},
  incremental?: FinishIncrementally,
): { pages: number; withScripts: number; carried: number; keys: Map<string, string> } {
  let pages = 0
  let withScripts = 0
  let carried = 0
  const keys = new Map<string, string>()
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const full = path.join(dir, file)
    if (NAVIGATION_PAYLOAD.test(path.basename(file)) && !existsSync(path.join(publicDir, file))) {
      rmSync(full)
      continue
    }
    if (!/\.x?html?$/i.test(file)) continue
    if (existsSync(path.join(publicDir, file)))
      throw new DisallowedContentError(
        `public/${file.split(path.sep).join('/')} would be published as a page the site did not render; only pages from app/ are published`,
      )
    const address = pagePath(file)
    const key = incremental?.finishKey(file)
    if (key !== undefined) keys.set(file, key)
    const before = incremental?.carried.get(file)
    if (before && before.finish === key) {
      carried += 1
      continue
    }
    try {
      if (before && incremental) {
        // A carried file is a hard link into the published release: replaced, never written into.
        const rendered = readFileSync(incremental.renderedCopy(file), 'utf8')
        writeFileSync(`${full}.finishing`, withPolicy(finishedPage(rendered, address, assets)))
        renameSync(`${full}.finishing`, full)
      } else {
        const rendered = readFileSync(full, 'utf8')
        if (incremental) writeCopy(incremental.renderedCopy(file), rendered)
        writeFileSync(full, withPolicy(finishedPage(rendered, address, assets)))
      }
    } catch (error) {
      throw new Error(`${file.split(path.sep).join('/')}: ${(error as Error).message}`)
    }
    pages += 1
    if (needsScripts(address)) withScripts += 1
  }
  return { pages, withScripts, carried, keys }
}
