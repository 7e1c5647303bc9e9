import { EmbedCard } from '@/components/embeds/embed-card'
import { splitAtEmbeds } from '@/lib/content/embeds'
import type { EmbedView } from '@/lib/newsroom/view-models'
import type { EditionContext } from '@/lib/site/edition'

type Props = {
  /** HTML from the markdown pipeline, already sanitized in lib/content/markdown.ts */
  html: string
  /** The embeds its text marks, as cards show them; a mark without one stays its link */
  embeds?: readonly EmbedView[] | undefined
  edition?: EditionContext | undefined
  /** A live page's update: closer to its heading */
  compact?: boolean
}

const PROSE =
  'prose-news prose prose-lg max-w-none font-serif prose-headings:font-serif prose-headings:font-bold prose-a:underline prose-img:w-full'

/** The story itself, set with the typography plugin; each embed a card (docs/embeds.md). */
export function ArticleBody({ html, embeds = [], edition, compact = false }: Props) {
  const className = `${PROSE} ${compact ? 'mt-3' : 'mt-8'}`
  const cards = new Map(embeds.map((embed) => [embed.url, embed]))
  if (cards.size === 0 || !edition)
    return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />
  return (
    <div className={className}>
      {splitAtEmbeds(html).map((part, index) => {
        const embed = part.kind === 'embed' ? cards.get(part.url) : undefined
        return embed ? (
          <EmbedCard key={index} embed={embed} edition={edition} />
        ) : (
          <div key={index} dangerouslySetInnerHTML={{ __html: part.html }} />
        )
      })}
    </div>
  )
}
