/**
 * Deploys the build to Cloudflare with wrangler, on a Node that runs it (scripts/edge-node.ts):
 * out/ as Workers static assets (wrangler.jsonc), or in edge mode out/ and the Worker that renders
 * the archive (wrangler.archive.jsonc; its R2 bucket must exist, docs/deploy/cloudflare.md).
 * Needs CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID.
 *
 *   npx tsx scripts/deploy-cloudflare.ts
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { WORKER_CONFIG } from './build-worker'
import { runWrangler } from './edge-node'

const root = process.cwd()
for (const name of ['CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_ACCOUNT_ID']) {
  if (!process.env[name]) {
    console.error(`✗ ${name} is not set (docs/deploy/cloudflare.md says where it comes from).`)
    process.exit(1)
  }
}
const { site } = await import('../lib/site')
const edge = site.archive.mode === 'edge'
if (edge && !existsSync(path.join(root, '.open-next', 'worker.js'))) {
  console.error('✗ archive: edge, but the Worker is not built: run `npm run build` first.')
  process.exit(1)
}
runWrangler(['deploy', '--config', edge ? WORKER_CONFIG : 'wrangler.jsonc'], root)
