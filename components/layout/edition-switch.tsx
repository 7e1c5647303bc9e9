import Link from 'next/link'
import type { Alternates } from '@/lib/alternates'
import { getEdition, type EditionContext } from '@/lib/edition'
import { editionUrl } from '@/lib/routes'
import { publishedEditions } from '@/lib/site'

type Props = {
  edition: EditionContext
  /** This page in other editions; an edition without it gets its front page */
  alternates: Alternates
}

/** Links to the other editions: to this very story where it has been translated. */
export function EditionSwitch({ edition, alternates }: Props) {
  const others = publishedEditions.filter((code) => code !== edition.code).map(getEdition)
  if (others.length === 0) return null
  return (
    <nav aria-label={edition.t.editions}>
      <ul className="flex gap-3">
        {others.map((other) => (
          <li key={other.code}>
            <Link
              href={alternates[other.code] ?? editionUrl(other.code)}
              hrefLang={other.code}
              lang={other.code}
              dir={other.dir}
              className="font-semibold text-link underline hover:no-underline"
            >
              {other.language}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
