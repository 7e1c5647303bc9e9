import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { CODE_INPUTS } from './code-inputs'

/** Kept here, not imported from redirects.ts, so the build ID reads no content code. */
export const PUBLISHED_ADDRESSES = path.join('content', 'published-addresses.txt')

/** Everything a build's output depends on, besides the build time. */
const INPUTS = [...CODE_INPUTS, 'content']

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
 * A build ID derived from the build's inputs: two builds of the same code and content get the
 * same ID (so their HTML is byte-identical), and any change gives a new one (so Next's
 * version-skew protection still tells an old page from a new deployment).
 */
export function inputsBuildId(root: string, buildTime: string): string {
  return hashInputs(root, INPUTS, buildTime)
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
