/**
 * Which sitemap files the site publishes and what each holds: /sitemap.xml (the pages, or past
 * 50,000 URLs an index of their parts) and, under /sitemaps/, each edition's news sitemap and the
 * parts. The two sitemap routes ask here; the XML itself is written by lib/sitemaps.ts.
 */
import 'server-only'
import { getNewsSitemapArticles, getSitemapEntries } from './content'
import { newsSitemapUrl, sitemapPartUrl } from './routes'
import { editionConfig, publishedEditions, site } from './site'
import {
  newsSitemapXml,
  sitemapIndexXml,
  sitemapParts,
  urlsetXml,
  type SitemapSource,
} from './sitemaps'

let parts: SitemapSource[][] | undefined

/** The site's pages in files of at most 50,000, computed once per process. */
function pageParts(): SitemapSource[][] {
  parts ??= sitemapParts(getSitemapEntries())
  return parts
}

/** /sitemap.xml: every page with hreflang alternates, or the index of the parts. */
export function mainSitemapXml(): Promise<string> {
  const all = pageParts()
  if (all.length === 1) return urlsetXml(site, all[0] ?? [])
  return sitemapIndexXml(
    site,
    all.map((entries, index) => ({ path: sitemapPartUrl(index + 1), entries })),
  )
}

const fileName = (url: string) => url.slice(url.lastIndexOf('/') + 1)

/** Every file under /sitemaps/, by file name, with the function that writes it. */
export function sitemapFolderFiles(): Map<string, () => Promise<string>> {
  const files = new Map<string, () => Promise<string>>()
  for (const edition of publishedEditions) {
    const publication = { name: editionConfig(edition).name, language: edition }
    files.set(fileName(newsSitemapUrl(edition)), () =>
      newsSitemapXml(site, publication, getNewsSitemapArticles(edition)),
    )
  }
  const all = pageParts()
  if (all.length > 1) {
    all.forEach((entries, index) =>
      files.set(fileName(sitemapPartUrl(index + 1)), () => urlsetXml(site, entries)),
    )
  }
  return files
}
