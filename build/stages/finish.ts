/**
 * Finishes the exported pages (lib/finish/page-html.ts) and gives each its script policy
 * (lib/finish/page-policy.ts).
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { finishedPage, needsScripts, pagePath, type PageAssets } from '../../lib/finish/page-html'
import { ForeignScriptError, withPolicy } from '../../lib/finish/page-policy'

/** Next's per-page React Server Component payloads: index.txt and __next.*.txt segments. */
const NAVIGATION_PAYLOAD = /^(index|__next\..*)\.txt$/

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
): { pages: number; withScripts: number } {
  let pages = 0
  let withScripts = 0
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const full = path.join(dir, file)
    if (NAVIGATION_PAYLOAD.test(path.basename(file)) && !existsSync(path.join(publicDir, file))) {
      rmSync(full)
      continue
    }
    if (!/\.x?html?$/i.test(file)) continue
    if (existsSync(path.join(publicDir, file)))
      throw new ForeignScriptError(
        `public/${file.split(path.sep).join('/')} would be published as a page the site did not render; only pages from app/ are published`,
      )
    const address = pagePath(file)
    try {
      writeFileSync(full, withPolicy(finishedPage(readFileSync(full, 'utf8'), address, assets)))
    } catch (error) {
      throw new Error(`${file.split(path.sep).join('/')}: ${(error as Error).message}`)
    }
    pages += 1
    if (needsScripts(address)) withScripts += 1
  }
  return { pages, withScripts }
}
