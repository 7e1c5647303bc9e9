/**
 * The addresses the export holds, for the `page.static.tsx` routes' generateStaticParams: every
 * page in static mode, the hot window in edge mode (lib/content/model-reader.ts decides, and the
 * build writes the answer into the records' index).
 */
import { exportReader } from '@/lib/content/page-reader'
import { getEdition } from '@/lib/site/edition'
import type { ListingKind } from '@/lib/newsroom/model'
import { LATEST } from '@/lib/newsroom/pagination'

async function editionPages(edition: string) {
  const code = getEdition(edition).code
  const pages = (await exportReader.index()).editions[code]
  if (!pages) throw new Error(`the export's records have no edition "${code}"`)
  return pages
}

/**
 * Called once per edition (the nearest parent with its own params): section and story, and a
 * live page's numbered pages of older updates (`page: ['page', 'N']`; a story's own address has
 * none). One route holds both, so it always has a page to export.
 */
export async function articleParams(
  edition: string,
): Promise<{ section: string; article: string; page: string[] }[]> {
  const pages = await editionPages(edition)
  return [
    ...pages.articles.map(({ section, article }) => ({ section, article, page: [] })),
    ...pages.liveUpdatePages.map(({ section, article, page }) => ({
      section,
      article,
      page: ['page', String(page)],
    })),
  ]
}

/** The slugs of the listings of a kind whose own address (their newest stories) is exported. */
export async function listingSlugs(edition: string, kind: ListingKind): Promise<string[]> {
  return (await editionPages(edition)).listings[kind]
    .filter(({ page }) => page === LATEST)
    .map(({ slug }) => slug)
}

/** Every exported numbered page (/page/N/) of every listing of a kind. */
export async function listingPages(
  edition: string,
  kind: ListingKind,
): Promise<{ slug: string; page: string }[]> {
  return (await editionPages(edition)).listings[kind]
    .filter(({ page }) => page !== LATEST)
    .map(({ slug, page }) => ({ slug, page: String(page) }))
}

/** The slugs of an edition's standalone pages. */
export async function pageSlugs(edition: string): Promise<string[]> {
  return (await editionPages(edition)).pages
}

/** The section slugs with a feed folder of their own. */
export async function feedSections(edition: string): Promise<string[]> {
  return (await editionPages(edition)).feedSections
}
