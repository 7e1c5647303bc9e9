import type { MetadataRoute } from 'next'
import { newsSitemapUrl, SITEMAP_URL, absoluteUrl } from '@/lib/routes'
import { publishedEditions, site } from '@/lib/site'

export const dynamic = 'force-static'

/** out/robots.txt: everything may be crawled; where the sitemaps are. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: [SITEMAP_URL, ...publishedEditions.map(newsSitemapUrl)].map((path) =>
      absoluteUrl(site.baseUrl, path),
    ),
  }
}
