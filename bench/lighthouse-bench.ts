/**
 * Lighthouse (mobile, its default simulated throttling) on the exported sample site, served
 * compressed as any edge host serves it, over HTTP/1.1 (`--http2`: over HTTP/2 with TLS, as CDNs
 * serve it; tools/static-server.ts says why the protocol moves the numbers): the front page, a section front and an article in each edition, each run LIGHTHOUSE_RUNS times (3 by
 * default); prints the median of every score and metric as one table. A measurement, never a
 * test: a busy machine moves the numbers.
 * Also prints what a phone downloads on a first visit to the same pages (bench/page-weight.ts).
 *
 *   npm run build && npm run bench:lighthouse [-- --http2] [-- out-folder]
 *
 * Uses lighthouse 12.2.3 (13 needs Node 22) and Debian's Chromium, or CHROMIUM_PATH.
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { findChromium } from '../tests/support/chromium'
import { measurePageWeights, weightTable } from './page-weight'
import { bin, run } from '../build/run'
import { startSecureStaticServer, startStaticServer } from '../tools/static-server'
import { median } from './stats'

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3)
const args = process.argv.slice(2)
const HTTP2 = args.includes('--http2')
const OUT = path.resolve(args.find((arg) => !arg.startsWith('--')) ?? 'out')
const CHROME = findChromium()

/** The first story of a section folder in the export. */
function firstStory(edition: string, section: string): string {
  const folder = path.join(OUT, edition, section)
  const story = readdirSync(folder, { withFileTypes: true }).find(
    (entry) => entry.isDirectory() && entry.name !== 'page',
  )
  if (!story) throw new Error(`no story under ${folder}`)
  return `/${edition}/${section}/${story.name}/`
}

/** The sample's story with embeds and a gallery (docs/story-media.md), in each edition. */
const MEDIA_STORIES = {
  en: '/en/politics/polling-day-in-pictures/',
  ar: '/ar/politics/يوم-الاقتراع-بالصور/',
}

const PAGES = (['en', 'ar'] as const).flatMap((edition) => [
  `/${edition}/`,
  `/${edition}/local-news/`,
  firstStory(edition, 'local-news'),
  MEDIA_STORIES[edition],
])

type Result = {
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  lcp: number
  fcp: number
  cls: number
  tbt: number
}

async function lighthouse(url: string): Promise<Result> {
  const report = path.join(tmpdir(), `lighthouse-${process.pid}-${Date.now()}.json`)
  const result = await run(
    bin('lighthouse'),
    [
      url,
      '--output=json',
      `--output-path=${report}`,
      '--quiet',
      // The HTTP/2 server's certificate is made for the run and signed by no one.
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --ignore-certificate-errors',
    ],
    { env: { ...process.env, CHROME_PATH: CHROME }, quiet: true },
  )
  if (result.code !== 0) throw new Error(`lighthouse failed on ${url}:\n${result.output}`)
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    categories: Record<string, { score: number }>
    audits: Record<string, { numericValue: number }>
  }
  rmSync(report, { force: true })
  const score = (category: string) => Math.round((json.categories[category]?.score ?? 0) * 100)
  const metric = (audit: string) => json.audits[audit]?.numericValue ?? Number.NaN
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: metric('largest-contentful-paint'),
    fcp: metric('first-contentful-paint'),
    cls: metric('cumulative-layout-shift'),
    tbt: metric('total-blocking-time'),
  }
}

async function main() {
  if (!CHROME)
    throw new Error('No Chromium: install one (npm run test:e2e does) or set CHROMIUM_PATH.')
  const port = 4800 + Math.floor(Math.random() * 100)
  const server = HTTP2
    ? await startSecureStaticServer(OUT, port)
    : await startStaticServer(OUT, port)
  const origin = `${HTTP2 ? 'https' : 'http'}://127.0.0.1:${port}`
  const rows: string[] = []
  try {
    for (const page of PAGES) {
      const results: Result[] = []
      for (let attempt = 0; attempt < RUNS; attempt += 1)
        results.push(await lighthouse(`${origin}${encodeURI(page)}`))
      const m = (key: keyof Result) => median(results.map((result) => result[key]))
      rows.push(
        `| \`${page}\` | ${m('performance')} | ${m('accessibility')} | ${m('bestPractices')} | ${m('seo')} | ${(m('fcp') / 1000).toFixed(2)} s | ${(m('lcp') / 1000).toFixed(2)} s | ${m('cls').toFixed(3)} | ${Math.round(m('tbt'))} ms |`,
      )
      console.error(`  measured ${page}`)
    }
  } finally {
    server.close()
  }
  console.log(
    `Lighthouse 12 (mobile, simulated throttling), median of ${RUNS} runs, served with gzip over ${HTTP2 ? 'HTTP/2 (TLS)' : 'HTTP/1.1'}:\n`,
  )
  console.log(
    '| page | performance | accessibility | best practices | SEO | FCP | LCP | CLS | TBT |',
  )
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const row of rows) console.log(row)
  console.log('\nWhat a phone downloads on a first visit (gzip for text):\n')
  console.log(weightTable(await measurePageWeights(OUT, PAGES)))
}

await main()
