import { ArticleBody } from '@/components/article/article-body'
import { TimeStamp } from '@/components/ui/time-stamp'
import type { LiveUpdateView } from '@/lib/newsroom/view-models'
import type { EditionContext } from '@/lib/site/edition'
import { updateAnchor } from '@/lib/site/routes'

type Props = {
  update: LiveUpdateView
  edition: EditionContext
  /** The copy kept on top of the page: labelled, and without the anchor its place in the list has */
  pinned?: boolean
}

/**
 * One update: its time (in the edition's numerals and time zone), title, author and text, at a
 * stable anchor (#update-<file name>) that key events and other sites link to.
 */
export function LiveUpdate({ update, edition, pinned = false }: Props) {
  const { live } = edition.t
  return (
    <article
      id={pinned ? undefined : updateAnchor(update.id)}
      aria-labelledby={pinned ? undefined : `${updateAnchor(update.id)}-time`}
      className={`scroll-mt-4 border-t-2 py-5 ${pinned ? 'border-accent' : 'border-ink'}`}
    >
      <p className="flex flex-wrap items-baseline gap-x-3 font-sans text-sm">
        {pinned && <span className="font-bold text-accent uppercase">{live.pinned}</span>}
        <a
          href={`#${updateAnchor(update.id)}`}
          id={pinned ? undefined : `${updateAnchor(update.id)}-time`}
          className="font-bold text-ink no-underline hover:underline"
        >
          <TimeStamp iso={update.time} edition={edition} style="dateTime" />
        </a>
        {/* "5 minutes ago", written by the page's island (lib/outputs/new-updates-script.ts) */}
        {!pinned && <span data-update-time={update.time} className="text-muted" />}
        {update.author && <span className="text-muted">{update.author.name}</span>}
      </p>
      {update.title && (
        <h2 className="mt-2 font-headline text-xl leading-snug font-bold md:text-2xl">
          {update.title}
        </h2>
      )}
      <ArticleBody html={update.bodyHtml} embeds={update.embeds} edition={edition} compact />
    </article>
  )
}
