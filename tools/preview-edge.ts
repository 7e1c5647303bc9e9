/**
 * Serves the site on Cloudflare's own runtime (workerd, through `wrangler dev`), locally and
 * offline, as the edge serves it: with its _headers and _redirects, the 404 page and trailing
 * slashes handled by Cloudflare's rules. Builds first when the build is missing.
 *
 * In static mode that is out/ as static assets (wrangler.jsonc). In edge mode (`archive: edge`)
 * it is out/ and the Worker that renders the rest of the archive (wrangler.archive.jsonc), with a
 * local R2 bucket and Durable Object under .wrangler/state/, kept between runs.
 *
 *   npm run preview:edge            (PORT=8788 by default; EDGE_SITE=<folder> serves another export)
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { sync as spawnSync } from 'cross-spawn'
import { WORKER_CONFIG } from '../build/stages/worker-bundle'
import { runWrangler } from './edge-node'

const root = process.cwd()
// Read only after a build, which reports a broken content/site.yml with its field.
function build() {
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
  if (built.status !== 0) process.exit(built.status ?? 1)
}

const site = path.resolve(process.env.EDGE_SITE ?? path.join(root, 'out'))
const { site: settings } = await import('../lib/site/site')
const edge = settings.archive.mode === 'edge' && process.env.EDGE_SITE === undefined
const worker = path.join(root, '.open-next', 'worker.js')
if (!existsSync(path.join(site, 'index.html')) || (edge && !existsSync(worker))) build()

const port = process.env.PORT ?? '8788'
const listen = ['--port', port, '--ip', '127.0.0.1', '--show-interactive-dev-session=false']
runWrangler(
  edge
    ? ['dev', '--config', path.join(root, WORKER_CONFIG), ...listen]
    : ['dev', '--config', path.join(root, 'wrangler.jsonc'), '--assets', site, ...listen],
  root,
  // Offline and quiet: no update checks.
  { WRANGLER_LOG: 'info', NO_UPDATE_NOTIFIER: '1' },
)
