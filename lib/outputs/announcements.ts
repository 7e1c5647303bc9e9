/**
 * What a deploy tells search engines and feed readers (docs/announce.md): the addresses whose
 * page changed since the last deploy — new in the sitemap, with a new `lastmod`, or gone from it —
 * for IndexNow, and the feeds whose text changed, for the WebSub hub. Pure: the two deploys'
 * sitemaps and feeds in, the announcements out; tools/announce.ts reads and sends them.
 */

/** The pages of a sitemap (`<urlset>`) by address, with their `lastmod` ('' when none). */
export function sitemapPages(xml: string): Map<string, string> {
  const pages = new Map<string, string>()
  for (const [, entry = ''] of xml.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
    const address = /<loc>([^<]+)<\/loc>/.exec(entry)?.[1]
    if (address)
      pages.set(xmlUnescape(address.trim()), /<lastmod>([^<]+)<\/lastmod>/.exec(entry)?.[1] ?? '')
  }
  return pages
}

/** The parts a sitemap index (`<sitemapindex>`) lists; none for a plain sitemap. */
export function sitemapParts(xml: string): string[] {
  if (!/<sitemapindex[\s>]/.test(xml)) return []
  return [...xml.matchAll(/<sitemap>[\s\S]*?<loc>([^<]+)<\/loc>/g)].map((match) =>
    xmlUnescape((match[1] ?? '').trim()),
  )
}

function xmlUnescape(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

/**
 * The addresses to announce: pages new since the last deploy, changed (another `lastmod`), or
 * gone (IndexNow takes those too: the engine finds them gone). Only addresses of the site's own
 * host; sorted, so a run is repeatable.
 */
export function changedAddresses(
  before: ReadonlyMap<string, string>,
  after: ReadonlyMap<string, string>,
  baseUrl: string,
): string[] {
  const host = new URL(baseUrl).host
  const changed = new Set<string>()
  for (const [address, lastmod] of after) if (before.get(address) !== lastmod) changed.add(address)
  for (const address of before.keys()) if (!after.has(address)) changed.add(address)
  return [...changed].filter((address) => sameHost(address, host)).sort()
}

function sameHost(address: string, host: string): boolean {
  try {
    return new URL(address).host === host
  } catch {
    return false
  }
}

/** IndexNow takes up to 10,000 addresses a request. */
export const INDEXNOW_BATCH = 10_000

/** The bodies of the IndexNow requests for `addresses` (https://www.indexnow.org/documentation). */
export function indexNowRequests(
  addresses: readonly string[],
  { baseUrl, key }: { baseUrl: string; key: string },
): { host: string; key: string; keyLocation: string; urlList: string[] }[] {
  const requests = []
  for (let start = 0; start < addresses.length; start += INDEXNOW_BATCH)
    requests.push({
      host: new URL(baseUrl).host,
      key,
      keyLocation: `${baseUrl}/${key}.txt`,
      urlList: addresses.slice(start, start + INDEXNOW_BATCH),
    })
  return requests
}

/**
 * The feeds to ping the hub for: those whose text differs from the last deploy's, or that are new.
 * A feed's text changes only with its stories (its date is its newest story's, never the
 * clock's: lib/outputs/feeds.ts), so an unchanged site pings nothing.
 */
export function changedFeeds(
  before: ReadonlyMap<string, string>,
  after: ReadonlyMap<string, string>,
): string[] {
  return [...after]
    .filter(([address, text]) => before.get(address) !== text)
    .map(([address]) => address)
    .sort()
}

/** The body of a WebSub publish ping for one feed (W3C WebSub, "Publishing"). */
export function webSubPing(feedAddress: string): string {
  return new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': feedAddress }).toString()
}
