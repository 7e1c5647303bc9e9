/**
 * Playwright's web server for edge mode: once the static fixture is built (its server answers),
 * builds the same newsroom with `archive: edge` and serves it with `npm run preview:edge` on
 * workerd — the export for the last week, the Worker for the rest of the archive.
 */
import path from 'node:path'
import { spawn } from 'cross-spawn'
import { edgeNode } from '../../tools/edge-node'
import { waitForServer } from '../../build/run'
import { REPO } from './workspace'
import { buildEdgeNewsroom } from './fixture-site'

const [port = '4176', staticPort = '4173'] = process.argv.slice(2)
// One build at a time on a small machine: the static fixture first.
await waitForServer(`http://127.0.0.1:${staticPort}/en/`, 600)

const site = buildEdgeNewsroom()
const edge = spawn(
  process.execPath,
  [path.join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'tools/preview-edge.ts'],
  {
    cwd: site.dir,
    stdio: 'inherit',
    env: { ...process.env, PORT: port, NEWSROOM_EDGE_NODE: edgeNode(REPO) },
  },
)
const stop = () => edge.kill('SIGTERM')
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
edge.on('exit', (code) => process.exit(code ?? 0))
