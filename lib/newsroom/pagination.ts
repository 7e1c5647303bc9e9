export type Paged<T> = {
  items: T[]
  page: number
  totalPages: number
}

/** One page of a list; page numbers start at 1 and an empty list still has one page. */
export function paginate<T>(
  items: readonly T[],
  page: number,
  perPage: number,
): Paged<T> | undefined {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage))
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return undefined
  const start = (page - 1) * perPage
  return { items: items.slice(start, start + perPage), page, totalPages }
}

/**
 * Every page number of a list of `count` items, 1 included, for generateStaticParams.
 * Page 1 lives at the list's own URL; its /page/1/ address only points there. It is generated
 * anyway because a static export refuses a dynamic route with no pages at all.
 */
export function pageNumbers(count: number, perPage: number): number[] {
  const totalPages = Math.max(1, Math.ceil(count / perPage))
  return Array.from({ length: totalPages }, (_, index) => index + 1)
}

/** A page number from a URL segment ("2"), or undefined for anything else. */
export function parsePageNumber(segment: string): number | undefined {
  return /^[1-9]\d*$/.test(segment) ? Number(segment) : undefined
}
