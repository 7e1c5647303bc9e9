import type { HostedMediaView, VideoView } from '@/lib/newsroom/view-models'
import type { EditionContext } from '@/lib/site/edition'
import { formatDuration, formatMegabytes, isoDuration } from '@/lib/site/format'

type Props = {
  video: VideoView
  edition: EditionContext
}

/**
 * A video the newsroom hosts, in the lead picture's place: the browser's own player, its captions
 * where given, the poster (its own, or the lead picture) until it plays. Nothing of the film is
 * fetched before the reader presses play (`preload="none"`); a browser that cannot play it shows
 * a link to the file.
 */
export function StoryVideo({ video, edition }: Props) {
  const t = edition.t.media
  return (
    <figure className="mt-6">
      {/* eslint-disable-next-line jsx-a11y/media-has-caption -- the track is there when the newsroom wrote captions; \`npm run check\` warns of a video without */}
      <video
        controls
        preload="none"
        playsInline
        poster={video.poster?.src}
        width={video.poster?.width}
        height={video.poster?.height}
        aria-label={video.title}
        className="image-frame bg-ink"
      >
        <source src={video.src} type={video.type} />
        {video.captions && (
          <track
            kind="captions"
            src={video.captions.src}
            srcLang={video.captions.lang}
            label={edition.language}
            default
          />
        )}
        <a href={video.src}>{t.download(formatMegabytes(video.bytes, edition.dates))}</a>
      </video>
      <MediaCaption media={video} label={t.video} edition={edition} />
    </figure>
  )
}

/** What plays, for how long, and whose it is: beneath a video or a recording. */
export function MediaCaption({
  media,
  label,
  edition,
}: {
  media: HostedMediaView
  label: string
  edition: EditionContext
}) {
  return (
    <figcaption className="mt-2 font-sans text-sm text-muted">
      <span className="font-bold text-ink">{`${label}: `}</span>
      {media.title}
      {media.durationSeconds !== undefined && (
        <>
          {' · '}
          <time dateTime={isoDuration(media.durationSeconds)}>
            {formatDuration(media.durationSeconds, edition.dates)}
          </time>
        </>
      )}
      {media.credit && (
        <span className="ms-1 text-xs tracking-wide uppercase">{`· ${media.credit}`}</span>
      )}
    </figcaption>
  )
}
