import { TimeStamp } from '@/components/ui/time-stamp'
import { cn } from '@/components/ui/cn'
import type { ArticleSummary } from '@/lib/newsroom/view-models'
import type { EditionContext } from '@/lib/site/edition'
import { Kicker } from './kicker'
import { TeaserImage } from './teaser-image'

/** How much room a story gets, from the lead slot down to a line in a list. */
export type TeaserSize = 'lead' | 'top' | 'block' | 'row' | 'compact'

type Props = {
  article: ArticleSummary
  edition: EditionContext
  size: TeaserSize
  headingLevel?: 2 | 3
}

function headlineClass(size: TeaserSize): string {
  switch (size) {
    case 'lead':
      return 'text-3xl md:text-5xl leading-[1.1]'
    case 'top':
      return 'text-xl leading-tight'
    case 'block':
    case 'row':
      return 'text-lg leading-snug md:text-xl'
    case 'compact':
      return 'text-base leading-snug'
  }
}

/** A story on a front or a list: kicker, headline, standfirst, time; the image where there is room. */
export function StoryTeaser({ article, edition, size, headingLevel = 3 }: Props) {
  const Heading = `h${headingLevel}` as const
  const showSummary = size !== 'compact'
  const text = (
    <>
      <Kicker article={article} edition={edition} />
      <Heading className={cn('teaser-headline', headlineClass(size))}>
        <a href={article.href} className="hover:underline">
          {article.title}
        </a>
      </Heading>
      {showSummary && (
        <p className={size === 'lead' ? 'mt-2 text-lg text-muted md:text-xl' : 'teaser-standfirst'}>
          {article.summary}
        </p>
      )}
      <p className="teaser-meta">
        {article.kind === 'opinion' && article.authors.length > 0 && (
          <span className="font-semibold text-ink">
            <bdi>{article.authors.map((author) => author.name).join(', ')}</bdi>
            {edition.t.separator}
          </span>
        )}
        <TimeStamp iso={article.published} edition={edition} />
      </p>
    </>
  )
  switch (size) {
    case 'lead':
    case 'block':
      return (
        <article>
          {article.image && (
            <TeaserImage
              image={article.image}
              priority={size === 'lead'}
              sizes={
                size === 'lead'
                  ? '(min-width: 64rem) 50rem, 100vw'
                  : '(min-width: 64rem) 18rem, (min-width: 40rem) 50vw, 100vw'
              }
              className="mb-3"
            />
          )}
          {text}
        </article>
      )
    case 'row':
      // Text first, with a small picture at the end of the row on wider screens.
      return (
        <article className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_12rem] sm:gap-6">
          <div>{text}</div>
          {article.image && (
            <TeaserImage
              image={article.image}
              sizes="(min-width: 40rem) 12rem, 100vw"
              className="row-start-1 sm:col-start-2"
            />
          )}
        </article>
      )
    case 'top':
    case 'compact':
      return <article>{text}</article>
  }
}
