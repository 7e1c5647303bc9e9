import { mainSitemapXml } from '@/lib/outputs/sitemap-files'

export const dynamic = 'force-static'

/**
 * /sitemap.xml: every page of every edition with hreflang alternates; past 50,000 URLs, an index
 * of the parts under /sitemaps/.
 */
export async function GET() {
  return new Response(await mainSitemapXml(), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  })
}
