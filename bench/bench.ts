/**
 * Build speed and page weight, measured on this machine. Reports medians and ratios, never
 * pass/fail: shared machines are noisy.
 *
 *   npm run bench                                  (one archive of 1,000 stories)
 *   npm run bench -- --articles 1000,5000,10000    (BENCH_RUNS=5 for more sample builds)
 *
 * 1. the sample newsroom (content/), built BENCH_RUNS times: median seconds;
 * 2. a generated archive of each size (bench/generate-archive.ts): a cold build in a fresh
 *    workspace, a republish (one story added, caches kept) and a live update (one update filed to
 *    a running live page), each step's seconds, the peak
 *    memory of the process tree, files and bytes per story, and each step's ratio between the
 *    last two sizes, as one table (bench/archive-bench.ts); with BENCH_VERIFY=1, the same content
 *    then built cold in the same folder and every file of out/ compared by sha256;
 * 3. page weight of the sample export: HTML, CSS and JavaScript an article page loads, gzipped;
 * 4. search: the size of the Pagefind index, and what a reader downloads to run one search;
 * 5. side by side: the first archive's stories as a plain Next + contentlayer2 export with the
 *    same kinds of pages and nothing else (bench/plain-next.ts), built cold.
 *
 * The first sample build starts with empty caches (share cards, fonts, Next's compiler cache);
 * later ones reuse them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { archiveTable, benchArchive, type ArchiveResult } from './archive-bench'
import { BENCH_BUILD_TIME } from './generate-archive'
import { buildWorkspace, createWorkspace, REPO, type Workspace } from '../tests/support/workspace'
import { buildPlainNext } from './plain-next'
import { median } from './stats'

const RUNS = Number(process.env.BENCH_RUNS ?? 3)
/** Archive sizes: `npm run bench -- --articles 1000,5000,10000` or BENCH_ARTICLES=1000,5000 */
const articlesFlag = process.argv.indexOf('--articles')
const ARCHIVES = (
  articlesFlag >= 0
    ? (process.argv[articlesFlag + 1] ?? '')
    : (process.env.BENCH_ARTICLES ?? '1000')
)
  .split(',')
  .map(Number)
  .filter((count) => count > 0)
const ARTICLES = ARCHIVES[0] ?? 1000
const BUILD_TIME = BENCH_BUILD_TIME

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`

function countPages(out: string): number {
  return readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.html'),
  ).length
}

function timedBuilds(workspace: Workspace, runs: number): number[] {
  const seconds: number[] = []
  for (let run = 1; run <= runs; run += 1) {
    const result = buildWorkspace(workspace, { NEWSROOM_BUILD_TIME: BUILD_TIME })
    if (result.status !== 0) throw new Error(`Build failed:\n${result.output}`)
    console.log(`  run ${run}: ${result.seconds.toFixed(1)} s`)
    seconds.push(result.seconds)
  }
  return seconds
}

function pageWeight(out: string) {
  const articleDirs = readdirSync(path.join(out, 'en', 'local-news'), {
    withFileTypes: true,
  }).filter((entry) => entry.isDirectory() && entry.name !== 'page')
  const articlePages = articleDirs.map((entry) =>
    path.join(out, 'en', 'local-news', entry.name, 'index.html'),
  )
  const gz = (file: string) => gzipSync(readFileSync(file)).length
  const firstArticle = readFileSync(articlePages[0] ?? '', 'utf8')
  const assets = [
    ...firstArticle.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(js|css))"/g),
  ].map((match) => ({
    file: path.join(out, match[1] ?? ''),
    kind: match[2],
  }))
  const unique = [...new Map(assets.map((asset) => [asset.file, asset])).values()]
  const sum = (kind: string) =>
    unique
      .filter((asset) => asset.kind === kind)
      .reduce((total, asset) => total + gz(asset.file), 0)
  return {
    articleHtmlMedian: median(articlePages.map(gz)),
    articleHtmlRawMedian: median(articlePages.map((file) => statSync(file).size)),
    frontHtml: gz(path.join(out, 'en', 'index.html')),
    css: sum('css'),
    js: sum('js'),
    jsFiles: unique.filter((asset) => asset.kind === 'js').length,
  }
}

/** Pagefind's files: the whole index, and what one search in English fetches at least. */
function searchWeight(out: string) {
  const dir = path.join(out, 'pagefind')
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    statSync(path.join(dir, file)).isFile(),
  )
  const size = (file: string) => statSync(path.join(dir, file)).size
  const average = (list: string[]) =>
    list.length ? list.reduce((total, file) => total + size(file), 0) / list.length : 0
  const startup = files.filter((file) =>
    /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.en\.pagefind|pagefind\.en_[^/]+\.pf_meta)$/.test(
      file,
    ),
  )
  return {
    total: files.reduce((total, file) => total + size(file), 0),
    files: files.length,
    startup: startup.reduce((total, file) => total + size(file), 0),
    indexChunk: average(files.filter((file) => file.startsWith('index/'))),
    fragment: average(files.filter((file) => file.startsWith('fragment/'))),
  }
}

console.log(`\nSample newsroom (content/), ${RUNS} builds`)
const sample = createWorkspace('bench-sample', path.join(REPO, 'content'))
const sampleSeconds = timedBuilds(sample, RUNS)
const samplePages = countPages(sample.out)
const sampleArticles = readdirSync(path.join(sample.dir, 'content', 'articles'), {
  recursive: true,
  encoding: 'utf8',
}).filter((file) => file.endsWith('.md')).length

const archives: ArchiveResult[] = []
for (const count of ARCHIVES) {
  console.log(
    `\nGenerated archive of ${count} stories: a cold build, one story added, one live update filed`,
  )
  const result = await benchArchive(count)
  console.log(
    `  cold ${result.cold.seconds.toFixed(1)} s, republish ${result.republish.seconds.toFixed(1)} s, live update ${result.liveUpdate.seconds.toFixed(1)} s (${result.liveUpdate.pages.rendered} of ${result.liveUpdate.pages.all.toLocaleString('en')} pages rendered)`,
  )
  if (result.verified)
    console.log(
      `  the live update's out/ against a cold build of the same content: ${result.verified.files.toLocaleString('en')} files compared by sha256, ${result.verified.differing.length === 0 ? 'all identical' : `${result.verified.differing.length} differ: ${result.verified.differing.slice(0, 10).join(', ')}`}`,
    )
  archives.push(result)
  // The table so far: a larger size that fails or is stopped still leaves the smaller ones'.
  console.log(`\n${archiveTable(archives)}`)
}
const [firstArchive] = archives
if (!firstArchive) throw new Error('no archive size to build')
const generated = firstArchive.workspace
const generatedSeconds = firstArchive.cold.seconds
const generatedPages = firstArchive.pages

console.log(
  `\nThe same ${ARTICLES} stories as a plain Next + contentlayer2 export (bench/plain-next.ts)`,
)
const plain = await buildPlainNext(generated.dir, `plain-next-${ARTICLES}`)
if (!plain.ok) throw new Error(`The plain Next site did not build:\n${plain.output}`)

const weight = pageWeight(sample.out)
const sampleMedian = median(sampleSeconds)
const warmMedian = median(sampleSeconds.slice(1))
const search = searchWeight(sample.out)
const generatedSearch = searchWeight(generated.out)

console.log(`
Results (${new Date().toISOString().slice(0, 10)}, ${process.versions.node}, median of ${RUNS} where repeated)
  sample build           ${sampleMedian.toFixed(1)} s median for ${sampleArticles} articles, ${samplePages} HTML pages (${(samplePages / sampleMedian).toFixed(1)} pages/s)
  generated build        ${generatedSeconds.toFixed(1)} s for ${ARTICLES} articles, ${generatedPages} HTML pages (${(generatedPages / generatedSeconds).toFixed(1)} pages/s)
  caches                 first build ${(sampleSeconds[0] ?? 0).toFixed(1)} s (empty caches: cards drawn, fonts decompressed, compiler cold), later builds ${Number.isNaN(warmMedian) ? 'none (BENCH_RUNS=1)' : `${warmMedian.toFixed(1)} s median`}
  time ratio             ${(generatedSeconds / sampleMedian).toFixed(2)}× the sample's time for ${(generatedPages / samplePages).toFixed(1)}× its pages
  side by side           the same ${ARTICLES} stories as a plain Next + contentlayer2 export: ${plain.seconds.toFixed(1)} s cold for ${plain.pages} HTML pages; this project ${(generatedSeconds / plain.seconds).toFixed(2)}× its time
  article page HTML      ${kb(weight.articleHtmlMedian)} gzipped median (${kb(weight.articleHtmlRawMedian)} raw)
  front page HTML        ${kb(weight.frontHtml)} gzipped
  CSS per page           ${kb(weight.css)} gzipped
  JavaScript per page    ${kb(weight.js)} gzipped in ${weight.jsFiles} files (the page reads fully without it)
  search index           sample ${kb(search.total)} in ${search.files} files; generated ${kb(generatedSearch.total)} in ${generatedSearch.files} files
  one search downloads   at most ${kb(generatedSearch.startup)} to start (script, worker, WebAssembly, metadata) + index chunks of ${kb(generatedSearch.indexChunk)} on average + ${kb(generatedSearch.fragment)} per result shown (generated newsroom)
`)

console.log(
  `Archive builds, seconds per step (${new Date().toISOString().slice(0, 10)}, ${process.versions.node}, one run each):\n`,
)
console.log(archiveTable(archives))
