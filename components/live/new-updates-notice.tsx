import type { EditionContext } from '@/lib/site/edition'
import { liveCountUrl } from '@/lib/site/routes'
import { NEW_UPDATES_SCRIPT } from '@/lib/outputs/new-updates-script'

type Props = {
  /** The live page's own address: the link reloads it */
  href: string
  /** How many updates the page shows */
  count: number
  edition: EditionContext
}

/**
 * The "N new updates" notice and its script (lib/outputs/new-updates-script.ts). The notice is an empty
 * live region fixed to the bottom of the screen until there is something to say, so nothing on
 * the page moves and a screen reader hears it when it appears. Without JavaScript it stays empty.
 */
export function NewUpdatesNotice({ href, count, edition }: Props) {
  const labels = edition.t.live.newUpdates
  const numerals = edition.numerals ? `-u-nu-${edition.numerals}` : ''
  return (
    <>
      <div
        id="new-updates"
        role="status"
        data-feed={liveCountUrl(href)}
        data-count={count}
        data-locale={`${edition.locale}${numerals}`}
        {...Object.fromEntries(
          Object.entries(labels).map(([form, label]) => [`data-label-${form}`, label]),
        )}
        className="pointer-events-none fixed inset-x-0 bottom-4 z-10 flex justify-center px-4 font-sans"
      >
        <a
          href={href}
          hidden
          className="pointer-events-auto rounded bg-accent px-4 py-2 text-sm font-bold text-accent-ink shadow-lg"
        >
          {edition.t.live.updates}
        </a>
      </div>
      <script dangerouslySetInnerHTML={{ __html: NEW_UPDATES_SCRIPT }} />
    </>
  )
}
