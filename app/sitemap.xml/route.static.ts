import { exportReader } from '@/lib/content/page-reader'
import { SITEMAP_URL } from '@/lib/site/routes'

export const dynamic = 'force-static'

/**
 * /sitemap.xml: every page of every edition with hreflang alternates; past 50,000 URLs, an index
 * of the parts under /sitemaps/ (lib/outputs/sitemap-files.ts, written by the build).
 */
export async function GET() {
  return new Response(await exportReader.file(SITEMAP_URL), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  })
}
