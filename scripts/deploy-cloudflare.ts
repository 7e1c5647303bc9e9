/**
 * Deploys out/ to Cloudflare Workers static assets with wrangler (wrangler.jsonc), on a Node
 * that runs it (scripts/edge-node.ts). Needs CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID.
 *
 *   npx tsx scripts/deploy-cloudflare.ts
 */
import path from 'node:path'
import { spawn } from 'cross-spawn'
import { edgeNode } from './edge-node'

const root = process.cwd()
for (const name of ['CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_ACCOUNT_ID']) {
  if (!process.env[name]) {
    console.error(`✗ ${name} is not set (docs/deploy/cloudflare.md says where it comes from).`)
    process.exit(1)
  }
}
const wrangler = spawn(
  edgeNode(root),
  [
    path.join(root, 'node_modules', 'wrangler', 'bin', 'wrangler.js'),
    'deploy',
    '--config',
    'wrangler.jsonc',
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } },
)
wrangler.on('exit', (code) => process.exit(code ?? 1))
