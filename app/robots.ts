import type { MetadataRoute } from 'next'
import { ADMIN_PATH, newsSitemapUrl, SITEMAP_URL, absoluteUrl } from '@/lib/site/routes'
import { publishedEditions, site } from '@/lib/site/site'

export const dynamic = 'force-static'

/** out/robots.txt: everything may be crawled but the editors' admin; where the sitemaps are. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: `/${ADMIN_PATH}/` },
    sitemap: [SITEMAP_URL, ...publishedEditions.map(newsSitemapUrl)].map((path) =>
      absoluteUrl(site.baseUrl, path),
    ),
  }
}
