import { TimeStamp } from '@/components/ui/time-stamp'
import type { Correction } from '@/lib/newsroom/view-models'
import type { EditionContext } from '@/lib/site/edition'

type Props = {
  corrections: Correction[]
  edition: EditionContext
}

/** Corrections at the foot of the article, newest first, each with its date. */
export function CorrectionsBox({ corrections, edition }: Props) {
  if (corrections.length === 0) return null
  return (
    <section
      aria-labelledby="corrections"
      className="mt-10 border-2 border-ink p-4 font-sans text-sm"
    >
      <h2 id="corrections" className="text-base font-bold">
        {edition.t.corrections}
      </h2>
      <ul className="mt-2 space-y-2">
        {corrections.map((correction) => (
          <li key={`${correction.date}-${correction.text}`}>
            <TimeStamp iso={correction.date} edition={edition} className="font-semibold" />:{' '}
            {correction.text}
          </li>
        ))}
      </ul>
    </section>
  )
}
