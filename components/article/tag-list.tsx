import type { TagRef } from '@/lib/newsroom/view-models'
import type { EditionContext } from '@/lib/site/edition'

type Props = {
  tags: TagRef[]
  edition: EditionContext
}

export function TagList({ tags, edition }: Props) {
  if (tags.length === 0) return null
  return (
    <nav aria-label={edition.t.tags} className="mt-8 font-sans text-sm" data-print="hide">
      <h2 className="sr-only">{edition.t.tags}</h2>
      <ul className="flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <a href={tag.href} rel="tag" className="tag-link">
              {tag.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
