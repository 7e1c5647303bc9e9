import type { ArticleSummary } from '@/lib/newsroom/view-models'
import type { EditionContext } from '@/lib/site/edition'
import { stampName } from '@/lib/finish/stamps'

type Props = {
  stories: ArticleSummary[]
  edition: EditionContext
}

/**
 * Breaking stories from the 24 hours before the build, in the accent colour. The strip is the
 * same on every page of the edition and is stamped into pages carried from an earlier build
 * (lib/finish/stamps.ts): with no breaking story, an empty placeholder marks its place.
 */
export function BreakingStrip({ stories, edition }: Props) {
  const stamp = stampName(edition.code, 'breaking')
  if (stories.length === 0) return <template data-stamp={stamp} />
  return (
    <aside
      data-stamp={stamp}
      aria-label={edition.t.breaking}
      className="bg-accent font-sans text-accent-ink"
      data-print="hide"
    >
      <div className="mx-auto flex max-w-7xl flex-wrap items-baseline gap-x-3 gap-y-1 px-4 py-2 text-sm">
        <strong className="tracking-wide uppercase">{edition.t.breaking}</strong>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {stories.map((story) => (
            <li key={story.href}>
              <a href={story.href} className="font-semibold underline-offset-2 hover:underline">
                {story.title}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </aside>
  )
}
