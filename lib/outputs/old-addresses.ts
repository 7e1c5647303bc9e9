/**
 * Addresses of another site this newsroom replaced (content/old-addresses.txt): one line per old
 * address and the site address it now leads to, written by `npm run import:wordpress` and open
 * to editors. A line is a path of the old site (`/2019/05/03/bridge/`, Arabic as letters or
 * percent-encoded) or WordPress's query form (`/?p=123`, `/?page_id=7`). The build answers each
 * with a 301, as it does a story's aliases (lib/outputs/redirects.ts), and the same path with
 * `feed/` or `amp/` after it too (WordPress served those for every post). Pure.
 */
import { normaliseAddress } from '../site/routes'

export const OLD_ADDRESSES_FILE = 'old-addresses.txt'

/**
 * The old addresses as the export carries them for servers that answer from a table: the
 * Worker of edge mode and `npm run serve` (query forms, and paths past a redirect file's limit).
 */
export const OLD_ADDRESS_TABLE = 'archive-data/old-addresses.json'

export type OldAddressTable = {
  /** Where `/` sends readers (the default edition): the Worker answers the root itself */
  root?: string
  /** Decoded path → site address */
  paths: Record<string, string>
  /** `p=123` → site address */
  queries: Record<string, string>
}

export function oldAddressTable(
  {
    paths,
    queries,
  }: {
    paths: readonly { from: string; to: string }[]
    queries: readonly { name: string; value: string; to: string }[]
  },
  root?: string,
): OldAddressTable {
  return {
    ...(root === undefined ? {} : { root }),
    paths: Object.fromEntries(paths.map(({ from, to }) => [from, to])),
    queries: Object.fromEntries(queries.map(({ name, value, to }) => [`${name}=${value}`, to])),
  }
}

/**
 * Where a request for `pathname?search` of the old site now is, from the table: a query form
 * at the root, or a path (decoded, with or without its slash, with `feed/` or `amp/` after it).
 */
export function oldAddressTarget(
  table: OldAddressTable,
  pathname: string,
  search: string,
): string | undefined {
  if (pathname === '/') return table.queries[search.replace(/^\?/, '')]
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return undefined
  }
  const withSlash = decoded.endsWith('/') ? decoded : `${decoded}/`
  const base = /^(\/.*\/)(?:feed|amp)\/$/.exec(withSlash)?.[1]
  return table.paths[withSlash] ?? (base ? table.paths[base] : undefined)
}

/** `/?p=123`: the one query form kept (WordPress's short links and its default permalinks). */
const QUERY_FORM = /^\/\?([a-z_]{1,20})=([\w-]{1,40})$/

export type OldAddress = { from: string; to: string; line: number }
export type OldAddressProblem = { line: number; field: string; message: string }

/** The old address in the one form lines are compared in: decoded, with its trailing slash. */
export function oldAddressKey(address: string): string | undefined {
  if (QUERY_FORM.test(address)) return address
  if (!address.startsWith('/') || address.startsWith('//')) return undefined
  if (/[?#]/.test(address)) return undefined
  const key = normaliseAddress(address)
  // Nothing a host's configuration would read as syntax (nginx, `_redirects`, vercel.json).
  if (/[\\\u0000-\u001F\u007F<>"'`$;{}\s]/u.test(key) || key.includes('%')) return undefined
  if (key.split('/').some((step) => step === '..' || step === '.')) return undefined
  return key
}

/** The query of a query form (`p`, `123`), or undefined for a path. */
export function queryForm(address: string): { name: string; value: string } | undefined {
  const match = QUERY_FORM.exec(address)
  return match ? { name: match[1] ?? '', value: match[2] ?? '' } : undefined
}

export function parseOldAddresses(text: string): {
  entries: OldAddress[]
  problems: OldAddressProblem[]
} {
  const entries: OldAddress[] = []
  const problems: OldAddressProblem[] = []
  const seen = new Map<string, number>()
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1
    const words = raw.trim().split(/\s+/)
    if (!raw.trim() || raw.trim().startsWith('#')) return
    const [from = '', to = ''] = words
    if (words.length !== 2) {
      problems.push({
        line,
        field: 'line',
        message: `expected "old-address new-address" (two addresses and a space between), not ${words.length} word(s)`,
      })
      return
    }
    const key = oldAddressKey(from)
    if (!key) {
      problems.push({
        line,
        field: 'old address',
        message: `"${from}" must be a path of the old site (/2019/05/story/) or /?p=123, without "..", "#" or spaces`,
      })
      return
    }
    if (!to.startsWith('/') || to.startsWith('//') || /[?#\s%]/.test(to)) {
      problems.push({
        line,
        field: 'new address',
        message: `"${to}" must be an address of this site, such as /en/politics/story/`,
      })
      return
    }
    const earlier = seen.get(key)
    if (earlier !== undefined) {
      problems.push({
        line,
        field: 'old address',
        message: `"${from}" is also on line ${earlier}: an old address can lead to one page only`,
      })
      return
    }
    seen.set(key, line)
    entries.push({ from: key, to: normaliseAddress(to), line })
  })
  return { entries, problems }
}

const HEADER =
  '# Addresses of the site this newsroom replaced, and where each now leads (docs/migrating-from-wordpress.md).\n' +
  '# Written by `npm run import:wordpress`; editors may add lines. The build answers each with a 301.\n'

/**
 * The file again with `imported` (old → new) written over its lines; lines of the file that
 * the import does not name (an editor's own) are kept. Sorted, so a re-run changes few lines.
 */
export function oldAddressesText(imported: ReadonlyMap<string, string>, existing: string): string {
  const lines = new Map<string, string>()
  for (const entry of parseOldAddresses(existing).entries) lines.set(entry.from, entry.to)
  for (const [from, to] of imported) {
    const key = oldAddressKey(from)
    if (key) lines.set(key, normaliseAddress(to))
  }
  const sorted = [...lines.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return HEADER + sorted.map(([from, to]) => `${from} ${to}`).join('\n') + '\n'
}
