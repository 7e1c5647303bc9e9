/**
 * The WordPress import at scale, measured on this machine:
 *
 *   npm run bench:import                      (50,000 posts, about 1 GB of export)
 *   npm run bench:import -- --posts 5000 --body-kib 20
 *
 * Writes a generated export (every fifth post an Arabic translation linked by Polylang,
 * categories, tags, a captioned picture in every tenth, an embed in every twentieth, a gallery in
 * every fiftieth, shortcodes it keeps as text) and a copy of its uploads, then imports it twice
 * into a fresh workspace of the sample newsroom (tools/import-wordpress.ts): the first import,
 * then a second run of the same export (nothing to change), with the heap limit
 * `npm run import:wordpress` sets. Reports seconds, the peak resident memory of the importing
 * process tree (tsx and the importer, sampled from /proc every 200 ms) and what was written.
 */
import { spawn } from 'cross-spawn'
import { createWriteStream, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { processTreeRss } from './archive-bench'
import { markdownTable } from './stats'
import { createWorkspace, REPO, type Workspace } from '../tests/support/workspace'

const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? Number(process.argv[at + 1]) : fallback
}
const POSTS = flag('posts', 50_000)
const BODY_KIB = flag('body-kib', 20)
const BASE = 'https://old.bench.example'
const PICTURES = 10

const cdata = (text: string) => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`
const SENTENCES = [
  'The council met on Thursday to discuss the budget for the coming year.',
  'Traders in the Shorja market said prices had risen for the third week running.',
  'The ministry said the new bridge would open to traffic before the summer.',
  'Residents queued for water in the heat as the network was repaired.',
  'وقال المجلس إن الحركة كانت خفيفة في الساعات الأولى بعد الافتتاح.',
]

function body(index: number): string {
  const parts: string[] = []
  let bytes = 0
  let sentence = index
  while (bytes < BODY_KIB * 1024) {
    const paragraph = Array.from(
      { length: 4 },
      () => SENTENCES[(sentence += 1) % SENTENCES.length],
    ).join(' ')
    parts.push(paragraph)
    bytes += Buffer.byteLength(paragraph)
  }
  if (index % 10 === 0)
    parts.splice(
      1,
      0,
      `[caption id="attachment_${index % PICTURES}" width="1024"]<img src="${BASE}/wp-content/uploads/2020/01/picture-${index % PICTURES}-1024x683.jpg" alt="Picture ${index}" /> A caption for story ${index}[/caption]`,
    )
  if (index % 20 === 0) parts.push('https://www.youtube.com/watch?v=dQw4w9WgXcQ')
  if (index % 50 === 0) parts.push('[gallery ids="1,2,3"]')
  if (index % 25 === 0) parts.push('[contact-form-7 id="5"]')
  return parts.join('\n\n')
}

function item(fields: Record<string, string>, extra = ''): string {
  return `<item>${Object.entries(fields)
    .map(([name, value]) => `<${name}>${cdata(value)}</${name}>`)
    .join('')}${extra}</item>\n`
}

/** Writes the export as a stream (a 1 GB file is never held whole here either). */
async function writeExport(file: string): Promise<void> {
  const out = createWriteStream(file)
  const write = (text: string) =>
    out.write(text) ? Promise.resolve() : new Promise<void>((done) => out.once('drain', done))
  await write(
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n<title>Bench Gazette</title>\n<link>${BASE}</link>\n<language>en-US</language>\n<wp:base_site_url>${BASE}</wp:base_site_url>\n<wp:author><wp:author_login>desk</wp:author_login><wp:author_display_name>News desk</wp:author_display_name></wp:author>\n` +
      ['politics', 'economy', 'sport', 'culture', 'world', 'local']
        .map(
          (slug, id) =>
            `<wp:category><wp:term_id>${id + 1}</wp:term_id><wp:category_nicename>${slug}</wp:category_nicename><wp:cat_name>${slug}</wp:cat_name></wp:category>\n`,
        )
        .join(''),
  )
  for (let picture = 0; picture < PICTURES; picture += 1)
    await write(
      item(
        {
          title: `Picture ${picture}`,
          'wp:post_id': String(picture),
          'wp:post_type': 'attachment',
          'wp:status': 'inherit',
          'wp:attachment_url': `${BASE}/wp-content/uploads/2020/01/picture-${picture}.jpg`,
          'excerpt:encoded': `Caption of picture ${picture}`,
        },
        `<wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>Alt of picture ${picture}</wp:meta_value></wp:postmeta>`,
      ),
    )
  for (let index = 1; index <= POSTS; index += 1) {
    const arabic = index % 5 === 0
    const group = arabic ? index - 1 : index
    const day = new Date(Date.UTC(2015, 0, 1) + index * 3 * 3_600_000)
    const date = day.toISOString().slice(0, 19).replace('T', ' ')
    const slug = arabic ? encodeURIComponent(`خبر-رقم-${index}`).toLowerCase() : `story-${index}`
    const id = String(100 + index)
    await write(
      item(
        {
          title: arabic ? `خبر رقم ${index}` : `Story number ${index} from the desk`,
          link: `${BASE}/${date.slice(0, 4)}/${date.slice(5, 7)}/${slug}/`,
          'dc:creator': 'desk',
          'content:encoded': body(index),
          'excerpt:encoded': index % 3 === 0 ? '' : `Summary of story ${index}.`,
          'wp:post_id': id,
          'wp:post_date': date,
          'wp:post_date_gmt': date,
          'wp:post_modified_gmt': date,
          'wp:post_name': slug,
          'wp:status': index % 97 === 0 ? 'draft' : 'publish',
          'wp:post_type': 'post',
        },
        `<category domain="category" nicename="${['politics', 'economy', 'sport', 'culture', 'world', 'local'][index % 6]}"><![CDATA[x]]></category>` +
          `<category domain="post_tag" nicename="topic-${index % 50}"><![CDATA[Topic ${index % 50}]]></category>` +
          `<category domain="language" nicename="${arabic ? 'ar' : 'en'}"><![CDATA[x]]></category>` +
          `<category domain="post_translations" nicename="pll_${group}"><![CDATA[x]]></category>` +
          (index % 10 === 0
            ? `<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>${index % PICTURES}</wp:meta_value></wp:postmeta>`
            : ''),
      ),
    )
  }
  await write('</channel>\n</rss>\n')
  await new Promise<void>((done) => out.end(done))
}

async function writeUploads(folder: string): Promise<void> {
  mkdirSync(path.join(folder, '2020', '01'), { recursive: true })
  for (let picture = 0; picture < PICTURES; picture += 1)
    await sharp({
      create: {
        width: 640,
        height: 427,
        channels: 3,
        background: { r: picture * 20, g: 110, b: 165 },
      },
    })
      .jpeg({ quality: 70 })
      .toFile(path.join(folder, '2020', '01', `picture-${picture}.jpg`))
}

type Measured = { seconds: number; peakBytes: number; output: string }

/** The heap limit `npm run import:wordpress` gives Node (package.json), measured as readers run it. */
function importNodeOptions(): string {
  const scripts = (
    JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>
    }
  ).scripts
  return /NODE_OPTIONS=(\S+)/.exec(scripts['import:wordpress'] ?? '')?.[1] ?? ''
}

function measuredImport(
  workspace: Workspace,
  exportFile: string,
  uploads: string,
): Promise<Measured> {
  const started = performance.now()
  const child = spawn(
    process.execPath,
    [
      path.join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      path.join(REPO, 'tools', 'import-wordpress.ts'),
      exportFile,
      '--uploads',
      uploads,
    ],
    {
      cwd: workspace.dir,
      env: { ...process.env, NODE_OPTIONS: importNodeOptions() },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  let peakBytes = 0
  const sampler = setInterval(
    () => (peakBytes = Math.max(peakBytes, processTreeRss(child.pid ?? 0))),
    200,
  )
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      clearInterval(sampler)
      if (code !== 0) return reject(new Error(`the import failed:\n${output}`))
      resolve({ seconds: (performance.now() - started) / 1000, peakBytes, output })
    })
  })
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`

async function main(): Promise<void> {
  const workspace = createWorkspace('bench-wordpress', path.join(REPO, 'content'))
  const source = path.join(workspace.dir, '.wordpress-source')
  rmSync(source, { recursive: true, force: true })
  mkdirSync(source, { recursive: true })
  const exportFile = path.join(source, 'export.xml')
  console.log(`› Writing an export of ${POSTS.toLocaleString('en')} posts (~${BODY_KIB} KiB each)`)
  await writeExport(exportFile)
  await writeUploads(path.join(source, 'uploads'))
  const bytes = statSync(exportFile).size
  console.log(`  ${mib(bytes)}`)
  console.log('› Importing')
  const first = await measuredImport(workspace, exportFile, path.join(source, 'uploads'))
  console.log(first.output)
  console.log('› Importing the same export again')
  const second = await measuredImport(workspace, exportFile, path.join(source, 'uploads'))
  console.log(second.output.split('\n').slice(0, 4).join('\n'))
  const stories = readdirSync(path.join(workspace.dir, 'content', 'articles', 'wordpress'), {
    recursive: true,
    encoding: 'utf8',
  }).filter((file) => file.endsWith('.md')).length
  console.log(
    `\n${markdownTable(
      [
        'run',
        'export',
        'seconds',
        'posts per second',
        'peak memory (tsx and the importer)',
        'stories written',
      ],
      [
        [
          'first import',
          mib(bytes),
          first.seconds.toFixed(1),
          (POSTS / first.seconds).toFixed(0),
          mib(first.peakBytes),
          String(stories),
        ],
        [
          'same export again',
          mib(bytes),
          second.seconds.toFixed(1),
          (POSTS / second.seconds).toFixed(0),
          mib(second.peakBytes),
          '0 (all unchanged)',
        ],
      ],
    )}`,
  )
}

await main()
