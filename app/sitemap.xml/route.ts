import { getSitemapEntries } from '@/lib/content'
import { sitemapPartUrl } from '@/lib/routes'
import { site } from '@/lib/site'
import { sitemapIndexXml, sitemapParts, urlsetXml } from '@/lib/sitemaps'

export const dynamic = 'force-static'

/**
 * /sitemap.xml: every page of every edition with hreflang alternates; past 50,000 URLs, an index
 * of the parts under /sitemaps/.
 */
export async function GET() {
  const parts = sitemapParts(getSitemapEntries())
  const xml =
    parts.length === 1
      ? await urlsetXml(site, parts[0] ?? [])
      : await sitemapIndexXml(
          site,
          parts.map((entries, index) => ({ path: sitemapPartUrl(index + 1), entries })),
        )
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
