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
  type RedirectStory,
} from '../../lib/outputs/redirects'
import { absoluteUrl, articleUrl } from '../../lib/site/routes'
import type { NewsroomDocuments } from '../../lib/content/documents'

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
  }: { buildTime: Date; editions: readonly string[]; baseUrl: string },
  documents: NewsroomDocuments,
) {
  const stories = publishedStories(documents, buildTime)
  const listFile = path.join(root, PUBLISHED_ADDRESSES)
  const published = parsePublishedAddresses(
    existsSync(listFile) ? readFileSync(listFile, 'utf8') : '',
  )
  const live = { has: (address: string) => existsSync(pageFile(dir, address)) }
  const redirects = redirectsFor(stories, published, live, editions)
  for (const redirect of redirects) {
    const file = pageFile(dir, redirect.from)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, redirectPage(redirect, absoluteUrl(baseUrl, redirect.to)))
  }
  return { redirects, publishedAddresses: withPublishedAddresses(published, stories) }
}

/** Keeps the list of published addresses in content/, rewritten only when it changed. */
export function savePublishedAddresses(root: string, text: string): boolean {
  const file = path.join(root, PUBLISHED_ADDRESSES)
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return false
  writeFileSync(file, text)
  return true
}
