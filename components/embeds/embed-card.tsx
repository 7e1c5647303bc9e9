import { TimeStamp } from '@/components/ui/time-stamp'
import { embedFrameShape } from '@/lib/content/embeds'
import type { EmbedView } from '@/lib/newsroom/view-models'
import type { EditionContext } from '@/lib/site/edition'

type Props = {
  embed: EmbedView
  edition: EditionContext
}

/**
 * A post, video or map in a story, as the site itself shows it: the provider, the title, the
 * author, the date and the thumbnail (all kept with the content and served from the site), a link
 * to the source that works without JavaScript, and a "Load" button that the page's script shows
 * and that puts the provider's player in a sandboxed frame (lib/outputs/embed-script.ts). Until
 * then the page asks nothing of the provider.
 */
export function EmbedCard({ embed, edition }: Props) {
  const { embeds } = edition.t
  const provider = embed.providerLabel
  const title =
    embed.title ?? (embed.provider === 'map' ? embeds.map : embeds.untitled(embed.providerLabel))
  const shape = embedFrameShape(embed.provider)
  return (
    // Left out of the search index: search finds the story by its own words.
    <figure
      data-pagefind-ignore="all"
      className="not-prose my-8 overflow-hidden rounded border border-rule font-sans"
    >
      <div
        data-embed-frame={embed.frameUrl}
        data-embed-title={title}
        data-embed-ratio={shape.ratio}
        data-embed-height={shape.height}
        className="relative bg-rule/30"
      >
        {embed.thumbnail && (
          // The thumbnail says what the post is; its text is in the caption below.
          // eslint-disable-next-line @next/next/no-img-element -- static export: no image optimizer
          <img
            src={embed.thumbnail.url}
            alt=""
            width={embed.thumbnail.width}
            height={embed.thumbnail.height}
            loading="lazy"
            decoding="async"
            className="block aspect-video w-full object-cover"
          />
        )}
        <p className={embed.thumbnail ? 'absolute inset-x-0 bottom-0 p-3' : 'p-3'}>
          <button
            type="button"
            hidden
            className="rounded bg-ink px-4 py-2 text-sm font-bold text-paper shadow"
          >
            {embeds.load(provider)}
          </button>
        </p>
      </div>
      <figcaption className="space-y-1 p-4">
        <p className="text-sm text-muted">
          <span className="font-bold text-ink">{provider}</span>
          {embed.author && (
            <>
              {' · '}
              <bdi>{embed.author}</bdi>
            </>
          )}
          {embed.published && (
            <>
              {' · '}
              <TimeStamp iso={embed.published} edition={edition} />
            </>
          )}
        </p>
        <p className="text-lg leading-snug font-semibold">
          <bdi>{title}</bdi>
        </p>
        {embed.text && embed.text !== embed.title && (
          <blockquote className="border-s-2 border-rule ps-3 text-base">
            <bdi>{embed.text}</bdi>
          </blockquote>
        )}
        <p className="flex flex-wrap gap-x-4 text-sm">
          <a href={embed.url} className="underline" rel="noopener noreferrer">
            {embeds.open(provider)}
          </a>
          <span className="text-muted">{embeds.privacy(provider)}</span>
        </p>
      </figcaption>
    </figure>
  )
}
