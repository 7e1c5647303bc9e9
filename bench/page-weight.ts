/**
 * What a phone downloads on a first visit: Chromium at a 390 px viewport opens each page of an
 * export served by the project's static server, records every response until the network is
 * idle and the fonts are in, and sums them by kind. Text is counted gzipped (as every edge host
 * sends it); fonts and images as they are. Images are listed apart: the budget is "before images".
 *
 *   npx tsx bench/page-weight.ts [out] [/en/ /en/politics/some-story/ …]
 */
import { isMain } from '../build/is-main'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium'
import { startStaticServer } from '../tools/static-server'

export type Weight = {
  page: string
  kinds: Record<string, { files: number; bytes: number }>
  /** Everything but images, in bytes */
  beforeImages: number
}

const KIND_BY_EXTENSION: Record<string, string> = {
  css: 'CSS',
  js: 'JavaScript',
  woff2: 'fonts',
  txt: 'navigation payloads',
  json: 'data',
  png: 'images',
  jpg: 'images',
  jpeg: 'images',
  webp: 'images',
  avif: 'images',
  gif: 'images',
  svg: 'images',
}

const TEXT = new Set(['HTML', 'CSS', 'JavaScript', 'navigation payloads', 'data'])

function kindOf(pathname: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(pathname)?.[1]?.toLowerCase()
  return extension ? (KIND_BY_EXTENSION[extension] ?? 'other') : 'HTML'
}

export async function measurePageWeights(out: string, pages: readonly string[]): Promise<Weight[]> {
  const port = 4500 + Math.floor(Math.random() * 400)
  const server = await startStaticServer(out, port)
  const executablePath = findChromium()
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
  })
  const weights: Weight[] = []
  try {
    for (const pagePath of pages) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
      const page = await context.newPage()
      const files = new Set<string>()
      page.on('response', (response) => {
        const url = new URL(response.url())
        if (url.origin === `http://127.0.0.1:${port}` && response.status() < 400)
          files.add(decodeURIComponent(url.pathname))
      })
      await page.goto(`http://127.0.0.1:${port}${pagePath}`, { waitUntil: 'networkidle' })
      await page.evaluate(() => document.fonts.ready)
      await page.waitForLoadState('networkidle')
      await context.close()
      const kinds: Weight['kinds'] = {}
      for (const file of files) {
        const kind = kindOf(file)
        const onDisk = file.endsWith('/')
          ? path.join(out, file, 'index.html')
          : path.join(out, file)
        const data = readFileSync(onDisk)
        const bytes = TEXT.has(kind) ? gzipSync(data).length : data.length
        const entry = (kinds[kind] ??= { files: 0, bytes: 0 })
        entry.files += 1
        entry.bytes += bytes
      }
      const beforeImages = Object.entries(kinds)
        .filter(([kind]) => kind !== 'images')
        .reduce((sum, [, entry]) => sum + entry.bytes, 0)
      weights.push({ page: pagePath, kinds, beforeImages })
    }
  } finally {
    await browser.close()
    server.close()
  }
  return weights
}

const KIND_ORDER = ['HTML', 'CSS', 'JavaScript', 'fonts', 'navigation payloads', 'data', 'other']
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`

/** One markdown table: a row per page, files and KiB per kind, the total before images. */
export function weightTable(weights: readonly Weight[]): string {
  const kinds = KIND_ORDER.filter((kind) => weights.some((weight) => weight.kinds[kind]))
  const rows = weights.map((weight) => {
    const cells = kinds.map((kind) => {
      const entry = weight.kinds[kind]
      return entry ? `${entry.files} · ${kib(entry.bytes)}` : '–'
    })
    const images = weight.kinds.images
    return `| \`${weight.page}\` | ${cells.join(' | ')} | **${kib(weight.beforeImages)}** | ${images ? `${images.files} · ${kib(images.bytes)}` : '–'} |`
  })
  return [
    `| page (390 px, first visit) | ${kinds.join(' | ')} | before images | images |`,
    `| --- | ${kinds.map(() => '---').join(' | ')} | --- | --- |`,
    ...rows,
  ].join('\n')
}

if (isMain(import.meta.url)) {
  const [out = 'out', ...pages] = process.argv.slice(2)
  const weights = await measurePageWeights(out, pages.length > 0 ? pages : ['/en/', '/ar/'])
  console.log(weightTable(weights))
}
