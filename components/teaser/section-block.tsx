import type { ArticleSummary, SectionRef } from '@/lib/newsroom/view-models'
import type { EditionContext } from '@/lib/site/edition'
import { TeaserGrid } from './teaser-grid'
import { TextLink } from '@/components/ui/text-link'

type Props = {
  section: SectionRef
  articles: ArticleSummary[]
  edition: EditionContext
}

/** A band on the front page: the section's name, its newest stories and a "more" link. */
export function SectionBlock({ section, articles, edition }: Props) {
  const headingId = `section-${section.slug}`
  return (
    <section aria-labelledby={headingId} className="border-t-2 border-ink pt-3">
      <div className="mb-4 flex items-baseline justify-between gap-4">
        <h2 id={headingId} className="font-sans text-lg font-bold">
          <a href={section.href} className="hover:underline">
            {section.title}
          </a>
        </h2>
        <TextLink hoverPlain href={section.href} className="font-sans text-sm">
          {edition.t.more(section.title)}
        </TextLink>
      </div>
      <TeaserGrid articles={articles} edition={edition} columns={4} />
    </section>
  )
}
