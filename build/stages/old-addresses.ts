/**
 * Writes the redirects of lib/outputs/redirects.ts into the export: a small page at each old address
 * (any host; build/stages/hosts.ts tells the hosts that read redirect files to answer with a
 * real 301), and the list of published addresses, which `npm run build` keeps in content/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { publicationStatus } from '../../lib/newsroom/publication'
import {
  parsePublishedAddresses,
  redirectPage,
  redirectsFor,
  withPublishedAddresses,
  type Redirect,
  type RedirectStory,
} from '../../lib/outputs/redirects'
import { absoluteUrl, articleUrl } from '../../lib/site/routes'
import {
  OLD_ADDRESS_TABLE,
  OLD_ADDRESSES_FILE,
  oldAddressTable,
  parseOldAddresses,
  queryForm,
  type OldAddress,
} from '../../lib/outputs/old-addresses'
import type { NewsroomDocuments } from '../../lib/content/documents'
import { siteAddresses } from '../../lib/content/rules'

import { PUBLISHED_ADDRESSES } from '../build-id'

export { PUBLISHED_ADDRESSES }

function publishedStories(documents: NewsroomDocuments, buildTime: Date): RedirectStory[] {
  return documents.articles
    .filter((article) => publicationStatus(article, buildTime) === 'published')
    .map((article) => ({
      key: `${article.lang}/${article.slug}`,
      href: articleUrl(article.lang, article.section, article.slug),
      title: article.title,
      lang: article.lang,
      aliases: article.aliases,
    }))
}

/** The export's file for a site address (`/ar/محليات/x/` → ar/محليات/x/index.html). */
const pageFile = (dir: string, address: string) =>
  path.join(dir, ...address.split('/').filter(Boolean), 'index.html')

/**
 * Writes the redirect pages into `dir`; returns the redirects with the list of
 * published addresses to keep once the build is out.
 */
export type WrittenRedirects = ReturnType<typeof writeRedirects>

export function writeRedirects(
  dir: string,
  root: string,
  {
    buildTime,
    editions,
    baseUrl,
    edgeRoot,
  }: {
    buildTime: Date
    editions: readonly string[]
    baseUrl: string
    /** Edge mode: where `/` leads; the Worker answers the root and the replaced site's addresses */
    edgeRoot?: string | undefined
  },
  documents: NewsroomDocuments,
) {
  const stories = publishedStories(documents, buildTime)
  const listFile = path.join(root, PUBLISHED_ADDRESSES)
  const published = parsePublishedAddresses(
    existsSync(listFile) ? readFileSync(listFile, 'utf8') : '',
  )
  const live = { has: (address: string) => existsSync(pageFile(dir, address)) }
  const redirects = redirectsFor(stories, published, live, editions)
  // A page the Worker renders (edge mode) is not a file here, but is a page of the site all the same.
  const pages = siteAddresses({
    articles: documents.articles.filter(
      (article) => publicationStatus(article, buildTime) === 'published',
    ),
    sections: documents.sections,
    authors: documents.authors,
    pages: documents.pages.filter((page) => !page.draft),
    editions,
  })
  const oldSite = oldSiteRedirects(root, redirects, {
    has: (address) => live.has(address) || pages.has(address),
  })
  // In edge mode the Worker answers the replaced site's paths with a 301 (past any limit of
  // `_redirects`): no page may stand at those addresses and answer first.
  const written = edgeRoot === undefined ? [...redirects, ...oldSite.paths] : redirects
  for (const redirect of written) {
    const file = pageFile(dir, redirect.from)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, redirectPage(redirect, absoluteUrl(baseUrl, redirect.to)))
  }
  if (edgeRoot !== undefined || oldSite.paths.length + oldSite.queries.length > 0) {
    const table = path.join(dir, ...OLD_ADDRESS_TABLE.split('/'))
    mkdirSync(path.dirname(table), { recursive: true })
    writeFileSync(table, JSON.stringify(oldAddressTable(oldSite, edgeRoot)))
  }
  return {
    redirects,
    oldSite,
    publishedAddresses: withPublishedAddresses(published, stories),
  }
}

export type OldSiteRedirects = {
  /** Paths of the old site (`/2019/05/03/story/`), each also answered with `feed/` and `amp/` after it */
  paths: Redirect[]
  /** `/?p=123`: answered by hosts that can read a query (docs/migrating-from-wordpress.md) */
  queries: { name: string; value: string; to: string }[]
  /** Lines left out: their page is not published (yet) */
  waiting: OldAddress[]
}

/**
 * The lines of content/old-addresses.txt (a WordPress import's) that lead to a page of this
 * export, each to where that page is now: a line naming a story's earlier address follows the
 * story. An old address that is a page today is served, not redirected.
 */
function oldSiteRedirects(
  root: string,
  redirects: readonly Redirect[],
  live: { has: (address: string) => boolean },
): OldSiteRedirects {
  const file = path.join(root, 'content', OLD_ADDRESSES_FILE)
  const result: OldSiteRedirects = { paths: [], queries: [], waiting: [] }
  if (!existsSync(file)) return result
  const movedTo = new Map(redirects.map((redirect) => [redirect.from, redirect]))
  const taken = new Set(redirects.map((redirect) => redirect.from))
  for (const entry of parseOldAddresses(readFileSync(file, 'utf8')).entries) {
    const to = movedTo.get(entry.to)?.to ?? entry.to
    if (!live.has(to)) {
      result.waiting.push(entry)
      continue
    }
    const lang = to.split('/')[1] ?? ''
    const query = queryForm(entry.from)
    if (query) result.queries.push({ ...query, to })
    else if (!live.has(entry.from) && !taken.has(entry.from))
      result.paths.push({ from: entry.from, to, title: to, lang })
  }
  return result
}

/** Keeps the list of published addresses in content/, rewritten only when it changed. */
export function savePublishedAddresses(root: string, text: string): boolean {
  const file = path.join(root, PUBLISHED_ADDRESSES)
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return false
  writeFileSync(file, text)
  return true
}
