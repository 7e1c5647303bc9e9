import type { LiveStatus } from '@/lib/newsroom/view-models'
import type { EditionContext } from '@/lib/site/edition'

type Props = {
  status: LiveStatus
  edition: EditionContext
  className?: string
}

/** "Live" in the accent red while a live page is updated; "Ended" in grey once it is not. */
export function LiveLabel({ status, edition, className = '' }: Props) {
  const { live } = edition.t
  switch (status) {
    case 'live':
      return (
        <span
          className={`inline-block bg-accent px-2 py-0.5 font-sans text-sm font-bold tracking-wide text-accent-ink uppercase ${className}`}
        >
          {live.live}
        </span>
      )
    case 'ended':
      return (
        <span
          className={`inline-block border border-rule px-2 py-0.5 font-sans text-sm font-bold tracking-wide text-muted uppercase ${className}`}
        >
          {live.ended}
        </span>
      )
  }
}
