import type { EditionContext } from '@/lib/site/edition'
import { SearchForm } from './search-form'
import { SearchResults } from './search-results'

type Props = { edition: EditionContext }

const INPUT_ID = 'search-page-query'

/** The search page: the form and the results (or, without JavaScript, a note saying why none). */
export function SearchPage({ edition }: Props) {
  const { search } = edition.t
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-headline text-4xl font-bold">{search.title}</h1>
      <SearchForm
        edition={edition}
        id={INPUT_ID}
        landmarkLabel={search.again}
        className="mt-6 max-w-xl text-base"
      />
      <SearchResults labels={search} inputId={INPUT_ID} separator={edition.t.separator} />
    </div>
  )
}
