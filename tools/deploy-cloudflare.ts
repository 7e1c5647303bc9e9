/**
 * Deploys the build to Cloudflare with wrangler, on a Node that runs it (tools/edge-node.ts):
 * out/ as Workers static assets (wrangler.jsonc), or in edge mode out/ and the Worker that renders
 * the archive (wrangler.archive.jsonc; its R2 bucket must exist, docs/deploy/cloudflare.md).
 * Needs CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID.
 *
 * `--preview NAME` uploads a review copy (`npm run build:preview`) as a preview version of the
 * static site instead of deploying it: the live site does not change, and the copy answers at
 * its own address (Cloudflare's preview URL for the alias NAME, e.g. pr-42), which is printed
 * and, in GitHub Actions, given to the job as the output `url`.
 *
 *   npx tsx tools/deploy-cloudflare.ts
 *   npx tsx tools/deploy-cloudflare.ts --preview pr-42
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { WORKER_CONFIG } from '../build/stages/worker-bundle'
import { runWrangler } from './edge-node'
import { PREVIEW_ROBOTS } from '../build/stages/review-copy'

const root = process.cwd()
for (const name of ['CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_ACCOUNT_ID']) {
  if (!process.env[name]) {
    console.error(`✗ ${name} is not set (docs/deploy/cloudflare.md says where it comes from).`)
    process.exit(1)
  }
}
const previewAt = process.argv.indexOf('--preview')
if (previewAt !== -1) {
  const alias = process.argv[previewAt + 1] ?? ''
  // Cloudflare's aliases are lower-case letters, digits and hyphens, starting with a letter.
  if (!/^[a-z][a-z0-9-]{0,62}$/.test(alias)) {
    console.error(`✗ --preview needs a name such as pr-42 (got "${alias}").`)
    process.exit(1)
  }
  if (!isReviewCopy()) {
    console.error('✗ A preview is uploaded from a review copy: run `npm run build:preview` first.')
    process.exit(1)
  }
  // The export alone, in either archive mode: a review copy has no Worker.
  runWrangler(
    ['versions', 'upload', '--config', 'wrangler.jsonc', '--preview-alias', alias],
    root,
    {},
    (line) => {
      const url = /Version Preview Alias URL:\s*(https:\/\/\S+)/.exec(line)?.[1]
      if (url && process.env.GITHUB_OUTPUT)
        appendFileSync(process.env.GITHUB_OUTPUT, `url=${url}\n`)
    },
  )
} else {
  await deploy()
}

/** out/ was built by `npm run build:preview` (its robots.txt shuts every crawler out). */
function isReviewCopy(): boolean {
  const robots = path.join(root, 'out', 'robots.txt')
  return existsSync(robots) && readFileSync(robots, 'utf8') === PREVIEW_ROBOTS
}

async function deploy() {
  // Drafts and embargoed stories must never go live by mistake.
  if (isReviewCopy()) {
    console.error(
      '✗ out/ is a review copy (npm run build:preview): build the site with `npm run build`.',
    )
    process.exit(1)
  }
  const { site } = await import('../lib/site/site')
  const edge = site.archive.mode === 'edge'
  if (edge && !existsSync(path.join(root, '.open-next', 'worker.js'))) {
    console.error('✗ archive: edge, but the Worker is not built: run `npm run build` first.')
    process.exit(1)
  }
  runWrangler(['deploy', '--config', edge ? WORKER_CONFIG : 'wrangler.jsonc'], root)
}
