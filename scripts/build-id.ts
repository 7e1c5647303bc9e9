import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { CODE_INPUTS } from './code-inputs'

/** Everything a build's output depends on, besides the build time. */
const INPUTS = [...CODE_INPUTS, 'content']

/**
 * A build ID derived from the build's inputs: two builds of the same code and content get the
 * same ID (so their HTML is byte-identical), and any change gives a new one (so Next's
 * version-skew protection still tells an old page from a new deployment).
 */
export function inputsBuildId(root: string, buildTime: string): string {
  const hash = createHash('sha256').update(buildTime)
  const visit = (relative: string) => {
    const file = path.join(root, relative)
    if (!existsSync(file)) return
    if (statSync(file).isDirectory()) {
      for (const entry of readdirSync(file).sort()) {
        // public/media is copied from content/ during the build.
        if (relative === 'public' && entry === 'media') continue
        visit(path.join(relative, entry))
      }
      return
    }
    hash.update(relative).update('\u0000').update(readFileSync(file))
  }
  for (const input of INPUTS) visit(input)
  return hash.digest('hex').slice(0, 20)
}
