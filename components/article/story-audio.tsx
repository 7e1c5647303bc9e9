import type { HostedMediaView } from '@/lib/newsroom/view-models'
import type { EditionContext } from '@/lib/site/edition'
import { formatMegabytes } from '@/lib/site/format'
import { MediaCaption } from './story-video'

type Props = {
  audio: HostedMediaView
  edition: EditionContext
}

/**
 * A recording the newsroom hosts, before the text: the browser's own player, nothing fetched
 * before play, and its words (the WebVTT file) a link away, since no browser shows an audio
 * file's captions.
 */
export function StoryAudio({ audio, edition }: Props) {
  const t = edition.t.media
  return (
    <figure className="mt-6 rounded border border-rule p-4">
      <MediaCaption media={audio} label={t.audio} edition={edition} />
      {/* eslint-disable-next-line jsx-a11y/media-has-caption -- no browser shows an audio file's captions: its words are the transcript link below */}
      <audio controls preload="none" aria-label={audio.title} className="mt-3 w-full">
        <source src={audio.src} type={audio.type} />
        <a href={audio.src}>{t.download(formatMegabytes(audio.bytes, edition.dates))}</a>
      </audio>
      {audio.captions && (
        <p className="mt-2 font-sans text-sm">
          <a href={audio.captions.src} hrefLang={audio.captions.lang} className="underline">
            {t.transcript}
          </a>
        </p>
      )}
    </figure>
  )
}
