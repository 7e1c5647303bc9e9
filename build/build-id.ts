import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { CODE_INPUTS } from './code-inputs'

/** Kept here, not imported from redirects.ts, so the build ID reads no content code. */
export const PUBLISHED_ADDRESSES = path.join('content', 'published-addresses.txt')

/** A hash of the given files and folders under `root` (names and bytes), seeded with `seed`. */
export function hashInputs(root: string, inputs: readonly string[], seed: string): string {
  const hash = createHash('sha256').update(seed)
  const visit = (relative: string) => {
    const file = path.join(root, relative)
    if (!existsSync(file)) return
    if (statSync(file).isDirectory()) {
      for (const entry of readdirSync(file).sort()) {
        // public/media is copied from content/ during the build.
        if (relative === 'public' && entry === 'media') continue
        // The build adds today's addresses to this list: only the redirects it writes after
        // Next has rendered read it, and those are the same before and after.
        if (path.join(relative, entry) === PUBLISHED_ADDRESSES) continue
        visit(path.join(relative, entry))
      }
      return
    }
    hash.update(relative).update('\u0000').update(readFileSync(file))
  }
  for (const input of inputs) visit(input)
  return hash.digest('hex').slice(0, 20)
}

/**
 * The build ID Next writes into every page: the code and the site's settings, not the content
 * and not the clock. Two builds of the same code give pages Next identifies alike, so a page
 * carried from the previous release (decision 006) is the page this build would render; a change
 * of code gives a new ID (Next's version-skew protection) and renders every page again.
 */
export function siteBuildId(root: string): string {
  return hashInputs(root, [...CODE_INPUTS, path.join('content', 'site.yml')], 'site')
}

/** The code alone (no content, no build time): what the type check's verdict depends on. */
export function codeHash(root: string): string {
  return hashInputs(root, CODE_INPUTS, 'code')
}

/**
 * The Worker's build ID in edge mode: its code and the site's settings, not the content. OpenNext
 * keeps rendered pages in R2 under the build ID, so the pages survive a deploy of new content
 * (each one rendered again on its next read if its version changed, lib/edge/records.ts) and are all
 * rendered afresh after a change of code.
 */
export function workerBuildId(root: string): string {
  return `worker-${hashInputs(root, [...CODE_INPUTS, path.join('content', 'site.yml')], 'worker')}`
}
