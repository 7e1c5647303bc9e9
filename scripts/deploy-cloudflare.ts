/**
 * Deploys out/ to Cloudflare Workers static assets with wrangler (wrangler.jsonc), on a Node
 * that runs it (scripts/edge-node.ts). Needs CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID.
 *
 *   npx tsx scripts/deploy-cloudflare.ts
 */
import { runWrangler } from './edge-node'

const root = process.cwd()
for (const name of ['CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_ACCOUNT_ID']) {
  if (!process.env[name]) {
    console.error(`✗ ${name} is not set (docs/deploy/cloudflare.md says where it comes from).`)
    process.exit(1)
  }
}
runWrangler(['deploy', '--config', 'wrangler.jsonc'], root)
