import type { EditionCode } from '../site/i18n/dictionaries'

/** The same page in other editions: edition code → path. An edition without it is absent. */
export type Alternates = Partial<Record<EditionCode, string>>

/** Alternates for a page that exists in every edition at a path built the same way. */
export function alternatesIn(
  editions: readonly EditionCode[],
  path: (edition: EditionCode) => string | undefined,
): Alternates {
  const alternates: Alternates = {}
  for (const edition of editions) {
    const href = path(edition)
    if (href !== undefined) alternates[edition] = href
  }
  return alternates
}
