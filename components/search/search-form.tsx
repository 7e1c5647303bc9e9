import type { EditionContext } from '@/lib/site/edition'
import { searchUrl } from '@/lib/site/routes'
import { cn } from '@/components/ui/cn'

type Props = {
  edition: EditionContext
  /** Distinguishes the masthead box from the search page's own, for the label's `for` */
  id: string
  /** Names the search landmark; two on one page need different names */
  landmarkLabel: string
  className?: string
}

/**
 * A plain GET form to the edition's search page: it works without JavaScript (the page then
 * says search needs it) and with it (the page reads ?q= and lists the results).
 */
export function SearchForm({ edition, id, landmarkLabel, className }: Props) {
  const { search } = edition.t
  return (
    <form
      role="search"
      aria-label={landmarkLabel}
      action={searchUrl(edition.code)}
      method="get"
      className={cn('flex items-stretch font-sans text-sm', className)}
    >
      <label htmlFor={id} className="sr-only">
        {search.label}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        required
        className="min-w-0 flex-1 rounded-s border border-muted bg-paper px-2 py-1.5 text-ink"
      />
      <button
        type="submit"
        className="rounded-e border border-ink bg-ink px-3 py-1.5 font-semibold text-paper hover:bg-muted"
      >
        {search.submit}
      </button>
    </form>
  )
}
