/**
 * Serves out/ on Cloudflare's own runtime (workerd, through `wrangler dev` with static assets),
 * locally and offline: the site as the edge serves it, with its _headers and _redirects, the
 * 404 page and trailing slashes handled by Cloudflare's rules. Builds first when out/ is missing.
 *
 *   npm run preview:edge            (PORT=8788 by default; EDGE_SITE=<folder> serves another export)
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { sync as spawnSync } from 'cross-spawn'
import { runWrangler } from './edge-node'

const root = process.cwd()
const site = path.resolve(process.env.EDGE_SITE ?? path.join(root, 'out'))
if (!existsSync(path.join(site, 'index.html'))) {
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
  if (built.status !== 0) process.exit(built.status ?? 1)
}
const port = process.env.PORT ?? '8788'
runWrangler(
  [
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
  root,
  // Offline and quiet: no update checks.
  { WRANGLER_LOG: 'info', NO_UPDATE_NOTIFIER: '1' },
)
