import { formatForEdition, type DateStyle, type EditionContext } from '@/lib/site/edition'

type Props = {
  iso: string
  edition: EditionContext
  style?: DateStyle
  className?: string
}

/** A date as newspapers write it, machine-readable in `dateTime`. */
export function TimeStamp({ iso, edition, style = 'date', className }: Props) {
  return (
    <time dateTime={iso} className={className}>
      {formatForEdition(edition, new Date(iso), style)}
    </time>
  )
}
