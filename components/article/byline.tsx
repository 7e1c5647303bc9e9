import type { AuthorRef } from '@/lib/newsroom/view-models'
import type { EditionContext } from '@/lib/site/edition'

type Props = {
  authors: AuthorRef[]
  edition: EditionContext
}

/** "By Name and Name", each linked to the author's page; the staff byline when none is given. */
export function Byline({ authors, edition }: Props) {
  const { t } = edition
  if (authors.length === 0) return <span>{edition.defaultByline}</span>
  return (
    <span>
      {t.by}{' '}
      {authors.map((author, index) => (
        <span key={author.slug}>
          {index > 0 && (index === authors.length - 1 ? ` ${t.and} ` : ', ')}
          <a
            href={author.href}
            rel="author"
            className="font-semibold text-ink underline-offset-2 hover:underline"
          >
            <bdi>{author.name}</bdi>
          </a>
        </span>
      ))}
    </span>
  )
}
