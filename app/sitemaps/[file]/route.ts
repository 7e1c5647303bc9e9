import { getNewsSitemapArticles, getSitemapEntries } from '@/lib/content'
import { newsSitemapUrl, sitemapPartUrl } from '@/lib/routes'
import { editionConfig, publishedEditions, site } from '@/lib/site'
import { newsSitemapXml, sitemapParts, urlsetXml } from '@/lib/sitemaps'

export const dynamic = 'force-static'
export const dynamicParams = false

/** Every file under /sitemaps/, by name: a news sitemap per edition, and the parts when split. */
function sitemapFiles(): Map<string, () => Promise<string>> {
  const files = new Map<string, () => Promise<string>>()
  for (const edition of publishedEditions) {
    const publication = { name: editionConfig(edition).name, language: edition }
    files.set(fileName(newsSitemapUrl(edition)), () =>
      newsSitemapXml(site, publication, getNewsSitemapArticles(edition)),
    )
  }
  const parts = sitemapParts(getSitemapEntries())
  if (parts.length > 1) {
    parts.forEach((entries, index) =>
      files.set(fileName(sitemapPartUrl(index + 1)), () => urlsetXml(site, entries)),
    )
  }
  return files
}

const fileName = (url: string) => url.slice(url.lastIndexOf('/') + 1)

export function generateStaticParams() {
  return [...sitemapFiles().keys()].map((file) => ({ file }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const write = sitemapFiles().get((await params).file)
  if (!write) return new Response('Not found', { status: 404 })
  return new Response(await write(), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  })
}
