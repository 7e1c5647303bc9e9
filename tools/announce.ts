/**
 * `npm run announce`: after a deploy, tells search engines (IndexNow) which addresses changed and
 * the WebSub hub which feeds did, as `announce` in content/site.yml asks (docs/announce.md). The
 * workflow keeps the last deploy's sitemaps and feeds before it builds, and announces after it
 * deploys:
 *
 *   npm run announce -- --keep .announced      before the build: out/'s sitemaps and feeds
 *   npm run announce -- --since .announced     after the deploy: what changed since them
 *   npm run announce -- --since .announced --dry-run    says what it would send, sends nothing
 *
 * With neither IndexNow nor a hub set it says so and does nothing. A request that fails is
 * named and the command exits 1 (the site is deployed by then: only the announcement is late).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { isMain } from '../build/is-main'
import {
  changedAddresses,
  changedFeeds,
  indexNowRequests,
  sitemapPages,
  sitemapParts,
  webSubPing,
} from '../lib/outputs/announcements'
import { parseSiteConfig, type SiteConfig } from '../lib/site/site-config'

const TIMEOUT_MS = 30_000
const FEED_FILES = new Set(['rss.xml', 'atom.xml', 'feed.json'])

/** The sitemap files of an export: sitemap.xml and, when it is an index, its parts. */
function sitemapFiles(dir: string): string[] {
  const index = path.join(dir, 'sitemap.xml')
  if (!existsSync(index)) return []
  const parts = sitemapParts(readFileSync(index, 'utf8')).map((address) =>
    path.join(dir, ...new URL(address).pathname.split('/').filter(Boolean)),
  )
  return [index, ...parts.filter((file) => existsSync(file))]
}

/** Every page of an export's sitemaps, with its lastmod. */
function pagesIn(dir: string): Map<string, string> {
  const pages = new Map<string, string>()
  for (const file of sitemapFiles(dir))
    for (const [address, lastmod] of sitemapPages(readFileSync(file, 'utf8')))
      pages.set(address, lastmod)
  return pages
}

/** Every feed of an export (`<edition>/feeds/…`), by its path in the export. */
function feedFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'feeds')))
    .flatMap((entry) =>
      readdirSync(path.join(dir, entry.name, 'feeds'), { recursive: true, encoding: 'utf8' })
        .filter((file) => FEED_FILES.has(path.basename(file)))
        .map((file) => path.posix.join(entry.name, 'feeds', file.split(path.sep).join('/'))),
    )
}

/** Every feed's text, by its address. */
function feedsIn(dir: string, baseUrl: string): Map<string, string> {
  return new Map(
    feedFiles(dir).map((file) => [
      `${baseUrl}/${file}`,
      readFileSync(path.join(dir, ...file.split('/')), 'utf8'),
    ]),
  )
}

/** Copies out/'s sitemaps and feeds to `folder`: what the next announcement compares with. */
export function keepAnnounced(out: string, folder: string): number {
  rmSync(folder, { recursive: true, force: true })
  mkdirSync(folder, { recursive: true })
  const files = [
    ...sitemapFiles(out).map((file) => path.relative(out, file)),
    ...feedFiles(out).map((file) => file.split('/').join(path.sep)),
  ]
  for (const file of files) cpSync(path.join(out, file), path.join(folder, file))
  return files.length
}

type Sent = { what: string; ok: boolean; status: string }

async function send(url: string, init: RequestInit, what: string): Promise<Sent> {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) })
    // IndexNow answers 200 or 202; a hub 202 or 204.
    return { what, ok: response.ok, status: `${response.status} ${response.statusText}`.trim() }
  } catch (error) {
    return { what, ok: false, status: error instanceof Error ? error.message : String(error) }
  }
}

/** Announces what changed between `before` (kept) and `out`; returns whether every request succeeded. */
export async function announce(
  site: SiteConfig,
  { before, out, dryRun }: { before: string; out: string; dryRun: boolean },
): Promise<boolean> {
  const { indexNow, webSubHub } = site.announce
  const sent: Sent[] = []
  if (indexNow) {
    const addresses = changedAddresses(pagesIn(before), pagesIn(out), site.baseUrl)
    console.log(`IndexNow: ${addresses.length} address(es) changed since the last deploy`)
    for (const address of addresses.slice(0, 20)) console.log(`  ${address}`)
    if (addresses.length > 20) console.log(`  … and ${addresses.length - 20} more`)
    for (const body of indexNowRequests(addresses, { baseUrl: site.baseUrl, key: indexNow.key }))
      if (!dryRun)
        sent.push(
          await send(
            indexNow.endpoint,
            {
              method: 'POST',
              headers: { 'content-type': 'application/json; charset=utf-8' },
              body: JSON.stringify(body),
            },
            `IndexNow (${body.urlList.length} addresses)`,
          ),
        )
  }
  if (webSubHub) {
    const feeds = changedFeeds(feedsIn(before, site.baseUrl), feedsIn(out, site.baseUrl))
    console.log(`WebSub: ${feeds.length} feed(s) changed since the last deploy`)
    for (const feed of feeds) {
      console.log(`  ${feed}`)
      if (!dryRun)
        sent.push(
          await send(
            webSubHub,
            {
              method: 'POST',
              headers: { 'content-type': 'application/x-www-form-urlencoded' },
              body: webSubPing(feed),
            },
            `WebSub hub for ${feed}`,
          ),
        )
    }
  }
  if (!indexNow && !webSubHub)
    console.log(
      'Announcing is off: content/site.yml sets neither announce.indexNow nor announce.webSubHub.',
    )
  if (dryRun) console.log('Dry run: nothing was sent.')
  for (const request of sent.filter((request) => !request.ok))
    console.error(`✗ ${request.what}: ${request.status}`)
  return sent.every((request) => request.ok)
}

async function main(argv: readonly string[]) {
  const option = (name: string) => {
    const at = argv.indexOf(name)
    return at >= 0 ? argv[at + 1] : undefined
  }
  const root = process.cwd()
  const out = option('--out') ?? path.join(root, 'out')
  const keep = option('--keep')
  const since = option('--since')
  if (keep) {
    console.log(`Kept ${keepAnnounced(out, keep)} sitemap and feed files of ${out} in ${keep}`)
    return
  }
  if (!since) {
    console.error('Usage: npm run announce -- --keep <folder> | --since <folder> [--dry-run]')
    process.exitCode = 2
    return
  }
  const site = parseSiteConfig(
    readFileSync(path.join(root, 'content', 'site.yml'), 'utf8'),
    'content/site.yml',
  )
  const ok = await announce(site, { before: since, out, dryRun: argv.includes('--dry-run') })
  if (!ok) process.exitCode = 1
}

if (isMain(import.meta.url)) await main(process.argv.slice(2))
