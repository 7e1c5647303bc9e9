/**
 * The addresses the export holds, for the `page.static.tsx` routes' generateStaticParams: every
 * page in static mode, the hot window in edge mode (lib/content/export-reader.ts decides).
 */
import { exportedArticleParams, exportedListingPages } from '@/lib/content/export-reader'
import { getEdition } from '@/lib/site/edition'
import type { ListingKind } from '@/lib/newsroom/model'

/** Called once per edition (the nearest parent with its own params): section and story. */
export function articleParams(edition: string): { section: string; article: string }[] {
  return exportedArticleParams(getEdition(edition).code)
}

/** The slugs of the listings of a kind whose first page is exported. */
export function listingSlugs(edition: string, kind: ListingKind): string[] {
  const slugs = exportedListingPages(getEdition(edition).code, kind).map(({ slug }) => slug)
  return [...new Set(slugs)]
}

/** Every exported page of every listing of a kind, /page/1/ included. */
export function listingPages(edition: string, kind: ListingKind): { slug: string; page: string }[] {
  return exportedListingPages(getEdition(edition).code, kind).map(({ slug, page }) => ({
    slug,
    page: String(page),
  }))
}
