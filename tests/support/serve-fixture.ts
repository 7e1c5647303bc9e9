/**
 * Playwright's web server: builds the newsroom fixture (unless REUSE_FIXTURE_BUILD=1 and it is
 * built) and serves its out/ folder like a static host.
 */
import { startStaticServer } from '../../tools/static-server'
import { buildNewsroom } from './fixture-site'

const port = Number(process.argv[2] ?? 4173)
const site = buildNewsroom()
await startStaticServer(site.out, port)
console.log(`Serving the newsroom fixture at http://127.0.0.1:${port}/`)
