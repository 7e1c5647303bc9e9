/**
 * The editors' preview: Contentlayer watches content/ while `next dev` serves the site, so a
 * saved markdown file shows up on reload without restarting (tools/preview-follow.ts makes sure
 * a new, renamed or moved story answers at its new address on the first reload). Drafts and scheduled stories are
 * visible here (labelled), and a broken file shows its problem in the browser.
 *
 *   npm run dev            (PORT=3001 npm run dev for another port)
 */
import { spawn } from 'cross-spawn'
import type { ChildProcess } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { runContentChecks, runContentlayer } from '../build/stages/check'
import { publishContentMedia } from '../build/stages/media'
import { fontFaceCss, PREVIEW_FONT_FACES } from '../lib/finish/faces'
import { publishFullFonts } from '../build/stages/fonts'
import { followContent } from './preview-follow'
import { bin } from '../build/run'

const root = process.cwd()
const port = process.env.PORT ?? '3000'
const env = { ...process.env, PWD: root, NEXT_TELEMETRY_DISABLED: '1' }

// Check and generate once before Next starts, so the first page it renders has content to read.
// Contentlayer itself refuses front matter that is not YAML (patches/), so a file saved while
// the preview runs cannot run code either.
const first = await runContentChecks(root, { buildTime: new Date(), includeUnpublished: true })
if (first.ok) {
  const generated = await runContentlayer(root)
  if (generated.ok) publishContentMedia(root, first.media)
  else console.error(`\n${generated.reason}\n`)
} else
  console.error(
    '\nFix the content problem above; the preview will pick up the fix when you save.\n',
  )

// The preview serves the full faces; the build publishes them cut to what the pages show.
writeFileSync(path.join(root, 'public', PREVIEW_FONT_FACES), fontFaceCss(publishFullFonts(root)))

const children: ChildProcess[] = [
  spawn(bin('contentlayer2'), ['dev'], { cwd: root, env, stdio: 'inherit' }),
  spawn(bin('next'), ['dev', '--port', port], {
    cwd: root,
    env,
    stdio: 'inherit',
  }),
]

// New, renamed and moved stories answer on the first reload; their pictures are published.
followContent(root, `http://localhost:${port}`)

const stop = () => {
  for (const child of children) child.kill('SIGTERM')
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
for (const child of children) child.on('exit', (code) => code && code !== 0 && stop())
