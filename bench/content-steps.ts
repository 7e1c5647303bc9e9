/**
 * The content and records steps of a build alone, in one process, on a workspace the archive
 * benchmark generated (decision 006): files scanned, documents made cold and from the cache, the
 * newsroom model, and every page's record made and hashed, each with the resident memory.
 *
 *   npm run bench -- --articles 50000   (or stop it once the workspace is generated), then
 *   npx tsx bench/content-steps.ts .test-builds/bench-50000
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { scanContent } from '../build/content/scan-content'
import { documentsFromFiles } from '../build/content/documents-from-files'
import { createNewsroom } from '../lib/newsroom/model'
import { createModelReader, editionRecords } from '../lib/content/model-reader'
import { createHash } from 'node:crypto'

const root = process.argv[2] ?? ''
let peak = 0
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss))
const timer = setInterval(sample, 200)
const gib = (b: number) => `${(b / 1024 ** 3).toFixed(2)} GiB`
let t = performance.now()
const lap = (what: string) => {
  sample()
  console.log(
    `${what}: ${((performance.now() - t) / 1000).toFixed(1)} s, rss now ${gib(process.memoryUsage().rss)}, peak ${gib(peak)}`,
  )
  t = performance.now()
}
const scan = scanContent(root)
lap(`scan (${scan.markdown.length} files)`)
// A cache of its own, empty: the first read renders every story's markdown.
const cache = { dir: mkdtempSync(path.join(os.tmpdir(), 'documents-')), code: 'content-steps' }
const { documents } = await documentsFromFiles(scan.readable, scan.markdown, cache)
lap(`documents, cold (${documents.articles.length} stories)`)
await documentsFromFiles(scan.readable, scan.markdown, cache)
lap('documents, from the cache')
const newsroom = createNewsroom({
  ...documents,
  editions: ['en', 'ar'],
  buildTime: new Date('2026-11-27T12:00:00Z'),
  showsUnpublished: false,
  measureImage: () => undefined,
  measureMedia: () => undefined,
})
const reader = createModelReader(newsroom, { baseUrl: 'https://example.org' })
const index = await reader.index()
lap('model and index')
let pages = 0
for (const edition of ['en', 'ar'] as const) {
  const exported = index.editions[edition]
  if (!exported) continue
  for await (const [, record] of editionRecords(reader, edition, exported)) {
    createHash('sha256').update(JSON.stringify(record)).digest('hex')
    pages += 1
  }
}
lap(`records made and hashed (${pages} pages)`)
clearInterval(timer)
rmSync(cache.dir, { recursive: true, force: true })
