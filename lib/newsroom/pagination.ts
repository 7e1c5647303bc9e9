/**
 * Listing pages numbered from the oldest story (decision 006), so that a page, once full, keeps
 * its stories and its address however many are published after it: /page/1/ holds the first
 * twenty stories ever listed, /page/2/ the next twenty, and so on. The listing's own address
 * (LATEST) holds the newest: the stories past the last full page and that page itself — between
 * one and two pages' worth — so a new story changes that address and no numbered page, and once
 * every `perPage` stories one new numbered page appears (and the page before it links to it).
 * A story removed or dated into the past still moves the pages from its place to the newest.
 * Until a listing has two full pages, its /page/1/ holds no story and points to its own address,
 * so that every listing has that address (as it always had) before its oldest stories fill it.
 */
export type ListingPage<T> = {
  /** Newest first */
  items: T[]
  /** LATEST, or N of /page/N/ */
  page: number
  /** The page of the next newer stories (LATEST for the listing's own address), if any */
  newer?: number
  /** The page of the next older stories, if any */
  older?: number
}

/** The listing's own address: its newest stories. */
export const LATEST = 0

/** How many numbered pages a listing of `count` stories has: all its full pages but the newest. */
function numberedPages(count: number, perPage: number): number {
  return Math.max(0, Math.floor(count / perPage) - 1)
}

/** One page of a list held newest first; undefined for a page that does not exist. */
export function listingPage<T>(
  newestFirst: readonly T[],
  page: number,
  perPage: number,
): ListingPage<T> | undefined {
  const count = newestFirst.length
  const numbered = numberedPages(count, perPage)
  if (page === LATEST) {
    const items = newestFirst.slice(0, count - numbered * perPage)
    return { items, page, ...(numbered > 0 ? { older: numbered } : {}) }
  }
  if (page === 1 && numbered === 0) return { items: [], page, newer: LATEST }
  if (!Number.isInteger(page) || page < 1 || page > numbered) return undefined
  return {
    items: newestFirst.slice(count - page * perPage, count - (page - 1) * perPage),
    page,
    newer: page < numbered ? page + 1 : LATEST,
    ...(page > 1 ? { older: page - 1 } : {}),
  }
}

/** The page holding the item at `index` of a list of `count` held newest first. */
export function pageHolding(count: number, index: number, perPage: number): number {
  const fromOldest = count - 1 - index
  const page = Math.floor(fromOldest / perPage) + 1
  return page <= numberedPages(count, perPage) ? page : LATEST
}

/** The numbered pages (/page/N/) a list of `count` has, oldest first; none until two pages are full. */
export function numberedPageList(count: number, perPage: number): number[] {
  return Array.from({ length: numberedPages(count, perPage) }, (_, index) => index + 1)
}

/** Every page of a list of `count` stories, LATEST first, for generateStaticParams. */
export function listingPageNumbers(count: number, perPage: number): number[] {
  const numbered = Math.max(1, numberedPages(count, perPage))
  return [LATEST, ...Array.from({ length: numbered }, (_, index) => index + 1)]
}

/** A page number from a URL segment ("2"), or undefined for anything else. */
export function parsePageNumber(segment: string): number | undefined {
  return /^[1-9]\d*$/.test(segment) ? Number(segment) : undefined
}
