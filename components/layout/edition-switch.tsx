import type { Alternates } from '@/lib/newsroom/alternates'
import { otherEditions, type EditionContext } from '@/lib/site/edition'
import { editionUrl } from '@/lib/site/routes'
import { TextLink } from '@/components/ui/text-link'

type Props = {
  edition: EditionContext
  /** This page in other editions; an edition without it gets its front page */
  alternates: Alternates
}

/** Links to the other editions: to this very story where it has been translated. */
export function EditionSwitch({ edition, alternates }: Props) {
  const others = otherEditions(edition)
  if (others.length === 0) return null
  return (
    <nav aria-label={edition.t.editions}>
      <ul className="flex gap-3">
        {others.map((other) => (
          <li key={other.code}>
            <TextLink
              hoverPlain
              href={alternates[other.code] ?? editionUrl(other.code)}
              hrefLang={other.code}
              lang={other.code}
              dir={other.dir}
              className="edition-name font-semibold"
            >
              {other.language}
            </TextLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
