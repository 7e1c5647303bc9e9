import type { ArticleDetail } from '@/lib/newsroom/view-models'
import type { EditionContext } from '@/lib/site/edition'
import { TextLink } from '@/components/ui/text-link'

type Props = {
  source: NonNullable<ArticleDetail['source']>
  edition: EditionContext
}

/** "Based on a report by The Arab Weekly", linked when the report is online. */
export function SourceAttribution({ source, edition }: Props) {
  return (
    <p className="mt-8 border-s-4 border-rule ps-4 font-sans text-sm text-muted">
      {edition.t.basedOnReportBy}{' '}
      {source.url ? (
        <TextLink href={source.url} rel="noopener" className="font-semibold">
          <bdi>{source.name}</bdi>
        </TextLink>
      ) : (
        <cite className="font-semibold text-ink not-italic">
          <bdi>{source.name}</bdi>
        </cite>
      )}
    </p>
  )
}
