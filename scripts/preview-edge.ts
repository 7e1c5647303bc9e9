/**
 * Serves out/ on Cloudflare's own runtime (workerd, through `wrangler dev` with static assets),
 * locally and offline: the site as the edge serves it, with its _headers and _redirects, the
 * 404 page and trailing slashes handled by Cloudflare's rules. Builds first when out/ is missing.
 *
 *   npm run preview:edge            (PORT=8788 by default; EDGE_SITE=<folder> serves another export)
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { spawn, sync as spawnSync } from 'cross-spawn'
import { edgeNode } from './edge-node'

const root = process.cwd()
const site = path.resolve(process.env.EDGE_SITE ?? path.join(root, 'out'))
if (!existsSync(path.join(site, 'index.html'))) {
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
  if (built.status !== 0) process.exit(built.status ?? 1)
}
const port = process.env.PORT ?? '8788'
const wrangler = spawn(
  edgeNode(root),
  [
    path.join(root, 'node_modules', 'wrangler', 'bin', 'wrangler.js'),
    'dev',
    '--config',
    path.join(root, 'wrangler.jsonc'),
    '--assets',
    site,
    '--port',
    port,
    '--ip',
    '127.0.0.1',
    '--show-interactive-dev-session=false',
  ],
  {
    cwd: root,
    stdio: 'inherit',
    // Offline and quiet: no usage reports, no update checks.
    env: {
      ...process.env,
      WRANGLER_SEND_METRICS: 'false',
      WRANGLER_LOG: 'info',
      NO_UPDATE_NOTIFIER: '1',
    },
  },
)
const stop = () => wrangler.kill('SIGTERM')
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
wrangler.on('exit', (code) => process.exit(code ?? 0))
