/**
 * Builds the whole site into out/:
 *   1. Contentlayer reads and type-checks every markdown file;
 *   2. lib/content-rules.ts checks dates, references, slugs and images;
 *   3. `next build` renders every page into a staging folder;
 *   4. share cards and logos are drawn (or taken from the cache) into the export;
 *   5. Pagefind indexes the articles for search;
 *   6. every page gets its Content Security Policy, and the host its headers file;
 *   7. the staging folder replaces out/ in one rename.
 * Any failure stops the build with the file and field at fault and leaves out/ as it was.
 *
 *   npm run build
 */
import { existsSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import { publishContentMedia } from './content-media'
import { formatProblem } from '../lib/problems'
import { checkContent } from './check-content'
import { inputsBuildId } from './build-id'
import { addPolicies } from './csp'
import { writeHeaders } from './headers'
import { writeSearchIndex } from './search-index'
import { writeShareImages } from './share-images'
import { bin, run } from './run'

const root = process.cwd()
const OUT_DIR = 'out'
const STAGING_DIR = '.out-staging'
const PREVIOUS_DIR = '.out-previous'

function fail(message: string): never {
  console.error(
    `\n✗ Build stopped: ${message}\nThe published site in ${OUT_DIR}/ was not changed.\n`,
  )
  process.exit(1)
}

/** Runs a post-export step; on failure the half-finished staging folder goes and the build stops. */
async function orDiscardStaging<T>(what: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step()
  } catch (error) {
    rmSync(path.join(root, STAGING_DIR), { recursive: true, force: true })
    fail(`${what}: ${(error as Error).message}`)
  }
}

/** Contentlayer names files relative to content/; editors see paths from the project root. */
function withContentPrefix(line: string): string {
  return line.replace(/"((?:articles|sections|authors|pages)\/[^"]+\.md)"/g, '"content/$1"')
}

async function main() {
  // One clock for every render worker: scheduled stories and the breaking strip agree.
  process.env.NEWSROOM_BUILD_TIME ??= new Date().toISOString()
  const started = Date.now()
  // A build stopped between the two renames of the swap below left the site in .out-previous/.
  if (!existsSync(path.join(root, OUT_DIR)) && existsSync(path.join(root, PREVIOUS_DIR))) {
    renameSync(path.join(root, PREVIOUS_DIR), path.join(root, OUT_DIR))
  }

  console.log('› Reading content (Contentlayer)')
  // Contentlayer finds the project through $PWD rather than the working directory.
  const contentlayer = await run(bin('contentlayer2'), ['build'], {
    cwd: root,
    env: { ...process.env, PWD: root },
    transform: withContentPrefix,
  })
  if (contentlayer.code !== 0) fail('a content file does not match the content model (see above).')

  console.log('› Checking content rules')
  const problems = checkContent(root)
  if (problems.length > 0) {
    for (const problem of problems) console.error(`  ✗ ${formatProblem(problem)}`)
    fail(`${problems.length} content problem(s).`)
  }
  const media = publishContentMedia(root)
  if (media > 0) console.log(`  published ${media} image(s) kept beside content files`)

  console.log('› Rendering pages (next build)')
  rmSync(path.join(root, STAGING_DIR), { recursive: true, force: true })
  const next = await run(bin('next'), ['build'], {
    cwd: root,
    env: {
      ...process.env,
      NEWSROOM_EXPORT_DIR: STAGING_DIR,
      NEWSROOM_BUILD_ID: inputsBuildId(root, process.env.NEWSROOM_BUILD_TIME),
      NEXT_TELEMETRY_DISABLED: '1',
    },
  })
  if (next.code !== 0) {
    rmSync(path.join(root, STAGING_DIR), { recursive: true, force: true })
    fail('next build failed (see above).')
  }

  console.log('› Drawing share cards and logos (sharp)')
  const images = await orDiscardStaging('the share cards could not be drawn', () =>
    writeShareImages(path.join(root, STAGING_DIR), root),
  )
  console.log(`  ${images} images written`)

  console.log('› Indexing articles for search (Pagefind)')
  const counts = await orDiscardStaging('the search index could not be written', () =>
    writeSearchIndex(path.join(root, STAGING_DIR)),
  )
  const summary = Object.entries(counts).map(([lang, pages]) => `${pages} (${lang})`)
  console.log(`  articles indexed: ${summary.join(', ')}`)

  console.log('› Securing pages (Content Security Policy, host headers)')
  const secured = addPolicies(path.join(root, STAGING_DIR))
  writeHeaders(path.join(root, STAGING_DIR))
  console.log(`  ${secured} pages carry a script policy`)

  // Swap: the old site stays in place until the new one is complete.
  rmSync(path.join(root, PREVIOUS_DIR), { recursive: true, force: true })
  if (existsSync(path.join(root, OUT_DIR)))
    renameSync(path.join(root, OUT_DIR), path.join(root, PREVIOUS_DIR))
  renameSync(path.join(root, STAGING_DIR), path.join(root, OUT_DIR))
  rmSync(path.join(root, PREVIOUS_DIR), { recursive: true, force: true })

  console.log(`\n✓ Site built into ${OUT_DIR}/ in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

await main()
