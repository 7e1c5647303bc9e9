/**
 * Old addresses kept alive. A story's `aliases` (addresses it had before a rename) and every
 * address it was once published at (a move to another section changes the address; the list of
 * published addresses, content/published-addresses.txt, remembers the old one) lead to where it
 * is now. Pure: the build (build/stages/old-addresses.ts) writes the files.
 */
import { aliasProblem } from '../content/rules'
import { normaliseAddress } from '../site/routes'
import escapeHtml from 'escape-html'

export type Redirect = { from: string; to: string; title: string; lang: string }

/** A published story, as the redirects need it. */
export type RedirectStory = {
  /** `en/bridge-reopens`: what stays the same when a story moves between sections */
  key: string
  href: string
  title: string
  lang: string
  aliases?: readonly string[] | undefined
}

/**
 * The published-addresses list: one line per address a story was published at, `key address`,
 * sorted, so its changes read well in a review. Lines that do not parse are skipped.
 */
export function parsePublishedAddresses(text: string): Map<string, Set<string>> {
  const byKey = new Map<string, Set<string>>()
  for (const line of text.split(/\r?\n/)) {
    const [key, address, ...rest] = line.trim().split(/\s+/)
    if (!key || !address || rest.length > 0 || key.startsWith('#')) continue
    byKey.set(key, (byKey.get(key) ?? new Set()).add(address))
  }
  return byKey
}

const HEADER =
  '# Every address a story has been published at, kept by `npm run build`: a story that moves\n' +
  '# to another section is redirected from the addresses listed here. Commit it with the content.\n'

/** The list again with today's addresses added; old addresses are never dropped. */
export function withPublishedAddresses(
  published: ReadonlyMap<string, ReadonlySet<string>>,
  stories: readonly RedirectStory[],
): string {
  const lines = new Set<string>()
  for (const [key, addresses] of published)
    for (const address of addresses) lines.add(`${key} ${address}`)
  for (const story of stories) lines.add(`${story.key} ${story.href}`)
  return HEADER + [...lines].sort().join('\n') + '\n'
}

/**
 * Every redirect the site needs: aliases, then earlier addresses of moved stories. An address
 * that is a live page (`live`) is never redirected, whatever the lists say.
 */
export function redirectsFor(
  stories: readonly RedirectStory[],
  published: ReadonlyMap<string, ReadonlySet<string>>,
  live: { has: (address: string) => boolean },
  editions: readonly string[],
): Redirect[] {
  const redirects = new Map<string, Redirect>()
  const add = (from: string, story: RedirectStory) => {
    const address = normaliseAddress(from)
    if (aliasProblem(address, editions) || live.has(address) || redirects.has(address)) return
    if (address === story.href) return
    redirects.set(address, { from: address, to: story.href, title: story.title, lang: story.lang })
  }
  for (const story of stories) for (const alias of story.aliases ?? []) add(alias, story)
  for (const story of stories)
    for (const address of published.get(story.key) ?? []) add(address, story)
  // By code unit, not locale: every machine writes the host files in the same order.
  return [...redirects.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
}

export const REDIRECT_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'"

/**
 * The page at an old address, for hosts that read no redirect file: it names the story's
 * address as canonical (search engines move their entry) and sends the browser on at once.
 */
export function redirectPage(redirect: Redirect, absoluteTo: string): string {
  const to = escapeHtml(encodeURI(redirect.to))
  const title = escapeHtml(redirect.title)
  const dir = redirect.lang === 'ar' ? ' dir="rtl"' : ''
  return (
    `<!DOCTYPE html><html lang="${escapeHtml(redirect.lang)}"${dir}><head>` +
    // Nothing to run, load or send: the page only names where the story is.
    `<meta http-equiv="Content-Security-Policy" content="${REDIRECT_POLICY}"><meta charset="utf-8">` +
    `<title>${title}</title><meta name="robots" content="noindex">` +
    `<link rel="canonical" href="${escapeHtml(absoluteTo)}">` +
    `<meta http-equiv="refresh" content="0; url=${to}">` +
    `</head><body><p><a href="${to}">${title}</a></p></body></html>\n`
  )
}
