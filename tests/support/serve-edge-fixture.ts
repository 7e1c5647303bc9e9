/**
 * Playwright's third web server: the newsroom fixture's export on Cloudflare's runtime
 * (`npm run preview:edge`, wrangler on workerd). The static server (serve-fixture.ts) builds the
 * fixture; this one waits until that server answers, then serves the same out/ folder.
 */
import path from 'node:path'
import { spawn } from 'cross-spawn'
import { waitForServer } from '../../build/run'
import { REPO } from './workspace'

const [port = '4175', staticPort = '4173'] = process.argv.slice(2)
await waitForServer(`http://127.0.0.1:${staticPort}/en/`, 600)

const edge = spawn(
  process.execPath,
  [path.join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'tools/preview-edge.ts'],
  {
    cwd: REPO,
    stdio: 'inherit',
    env: {
      ...process.env,
      PORT: port,
      EDGE_SITE: path.join(REPO, '.test-builds', 'newsroom', 'out'),
    },
  },
)
const stop = () => edge.kill('SIGTERM')
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
edge.on('exit', (code) => process.exit(code ?? 0))
