import type { MetadataRoute } from 'next'
import { getSitemapEntries } from '@/lib/content'
import { sitemapEntries } from '@/lib/seo'
import { site } from '@/lib/site'

export const dynamic = 'force-static'

/** out/sitemap.xml: every page of every edition, with hreflang alternates for translations. */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(site, getSitemapEntries())
}
