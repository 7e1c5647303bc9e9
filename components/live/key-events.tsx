import { TimeStamp } from '@/components/ui/time-stamp'
import type { LiveView } from '@/lib/newsroom/view-models'
import type { EditionContext } from '@/lib/site/edition'

type Props = {
  live: LiveView
  edition: EditionContext
}

/** The story so far (the editors' key points) and the key events, each linking to its update. */
export function KeyEvents({ live, edition }: Props) {
  const { t } = edition
  if (live.keyPoints.length === 0 && live.keyEvents.length === 0) return null
  return (
    <div className="mt-8 grid gap-6 border-y border-rule py-5 font-sans md:grid-cols-2">
      {live.keyPoints.length > 0 && (
        <section aria-labelledby="key-points">
          <h2 id="key-points" className="text-sm font-bold tracking-wide uppercase">
            {t.live.keyPoints}
          </h2>
          <ul className="mt-2 list-disc space-y-1.5 ps-5 text-base">
            {live.keyPoints.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </section>
      )}
      {live.keyEvents.length > 0 && (
        <nav aria-labelledby="key-events">
          <h2 id="key-events" className="text-sm font-bold tracking-wide uppercase">
            {t.live.keyEvents}
          </h2>
          <ol className="mt-2 space-y-2 text-base">
            {live.keyEvents.map((event) => (
              <li key={event.id}>
                <a href={event.href} className="underline">
                  <TimeStamp
                    iso={event.time}
                    edition={edition}
                    style="dateTime"
                    className="block text-sm text-muted"
                  />
                  {event.title}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      )}
    </div>
  )
}
