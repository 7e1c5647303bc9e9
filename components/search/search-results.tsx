'use client'

import { useEffect, useState } from 'react'
import type { SearchLabels } from '@/lib/site/i18n/dictionary'

/** What each article page gives Pagefind (see components/article/article-page.tsx). */
type ResultData = {
  url: string
  meta: { title?: string; standfirst?: string; section?: string; date?: string }
}

type Pagefind = {
  search: (query: string) => Promise<{ results: { data: () => Promise<ResultData> }[] }>
}

type State =
  /** The static HTML, before any script runs: what a reader without JavaScript keeps seeing */
  | { status: 'static' }
  | { status: 'idle' }
  | { status: 'searching'; query: string }
  | { status: 'done'; query: string; results: ResultData[] }
  | { status: 'unavailable' }

const MAX_RESULTS = 20
/** Written by build/build.ts after `next build`; it searches the index of the page's `lang`. */
const PAGEFIND_URL = '/pagefind/pagefind.js'

function loadPagefind(): Promise<Pagefind> {
  return import(/* webpackIgnore: true */ /* turbopackIgnore: true */ PAGEFIND_URL)
}

async function findArticles(query: string): Promise<ResultData[]> {
  const pagefind = await loadPagefind()
  const { results } = await pagefind.search(query)
  return Promise.all(results.slice(0, MAX_RESULTS).map((result) => result.data()))
}

type Props = {
  labels: SearchLabels
  /** The search page's input, filled with the words searched for */
  inputId: string
  /** Between section and date: the edition's separator */
  separator: string
}

/**
 * The one client piece of search: reads ?q= from the address, asks Pagefind, lists the articles
 * with headline, standfirst, section and date. The form above it is plain HTML; until this runs,
 * the page says that search needs JavaScript.
 */
export function SearchResults({ labels, inputId, separator }: Props) {
  const [state, setState] = useState<State>({ status: 'static' })

  useEffect(() => {
    const query = new URLSearchParams(window.location.search).get('q')?.trim() ?? ''
    // Reading the address happens only in the browser, after the static HTML has rendered.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setState(query ? { status: 'searching', query } : { status: 'idle' })
    if (!query) return
    const input = document.getElementById(inputId)
    if (input instanceof HTMLInputElement) input.value = query
    let current = true
    findArticles(query).then(
      (results) => current && setState({ status: 'done', query, results }),
      () => current && setState({ status: 'unavailable' }),
    )
    return () => {
      current = false
    }
  }, [inputId])

  switch (state.status) {
    case 'static':
      // Not <noscript>: this also stays when the script fails to load or run.
      return <p className="mt-6 border-s-4 border-accent ps-4">{labels.needsJavaScript}</p>
    case 'idle':
      return null
    case 'unavailable':
      return (
        <p className="mt-6 font-sans" role="status">
          {labels.unavailable}
        </p>
      )
    case 'searching':
      return (
        <p className="mt-6 font-sans text-muted" role="status">
          {labels.searching}
        </p>
      )
    case 'done':
      return (
        <section aria-labelledby="search-results" className="mt-8">
          <h2 id="search-results" className="font-sans text-sm font-bold tracking-wide uppercase">
            {labels.resultsFor.replace('{query}', state.query)}
          </h2>
          {state.results.length === 0 ? (
            <p className="mt-4" role="status">
              {labels.noResults}
            </p>
          ) : (
            <ol className="mt-2 divide-y divide-rule">
              {state.results.map((result) => (
                <li key={result.url} className="py-4">
                  <p className="kicker">
                    {[result.meta.section, result.meta.date].filter(Boolean).join(separator)}
                  </p>
                  <h3 className="mt-1 font-headline text-xl leading-snug font-bold">
                    <a href={result.url} className="hover:underline">
                      {result.meta.title}
                    </a>
                  </h3>
                  {result.meta.standfirst && (
                    <p className="mt-1 text-muted">{result.meta.standfirst}</p>
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>
      )
  }
}
