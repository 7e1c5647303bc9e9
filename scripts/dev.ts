/**
 * The editors' preview: Contentlayer watches content/ while `next dev` serves the site, so a
 * saved markdown file shows up on reload without restarting. Drafts and scheduled stories are
 * visible here (labelled), and a broken file shows its problem in the browser.
 *
 *   npm run dev            (PORT=3001 npm run dev for another port)
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { publishContentMedia } from './content-media'
import { bin, run } from './run'

const root = process.cwd()
const env = { ...process.env, PWD: root, NEXT_TELEMETRY_DISABLED: '1' }

// Generate once before Next starts, so the first page it renders has content to read.
const first = await run(bin('contentlayer2'), ['build'], { cwd: root, env })
if (first.code !== 0)
  console.error(
    '\nFix the content problem above; the preview will pick up the fix when you save.\n',
  )
publishContentMedia(root)

const children: ChildProcess[] = [
  spawn(bin('contentlayer2'), ['dev'], { cwd: root, env, stdio: 'inherit' }),
  spawn(bin('next'), ['dev', '--port', process.env.PORT ?? '3000'], {
    cwd: root,
    env,
    stdio: 'inherit',
  }),
]

const stop = () => {
  for (const child of children) child.kill('SIGTERM')
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
for (const child of children) child.on('exit', (code) => code && code !== 0 && stop())
