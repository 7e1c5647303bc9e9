/**
 * Serves the exported site in out/ the way a static host does: real files, trailing-slash
 * folders, and out/404.html with status 404 for anything missing.
 *
 *   npm run serve            (PORT=8080 npm run serve for another port)
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { startStaticServer } from './static-server'

const dir = path.resolve(process.argv[2] ?? 'out')
if (!existsSync(path.join(dir, 'index.html'))) {
  console.error(`No site in ${dir}: run \`npm run build\` first.`)
  process.exit(1)
}
const port = Number(process.env.PORT ?? 3000)
const server = await startStaticServer(dir, port)
console.log(
  `\nServing ${path.relative(process.cwd(), dir) || '.'} at http://localhost:${port}/  (Ctrl+C to stop)\n`,
)
process.on('SIGINT', () => server.close(() => process.exit(0)))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
