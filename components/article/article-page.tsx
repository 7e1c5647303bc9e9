import type { ArticleDetail } from '@/lib/content-types'
import type { EditionContext } from '@/lib/edition'
import { ArticleBody } from './article-body'
import { ArticleHeader } from './article-header'
import { CorrectionsBox } from './corrections-box'
import { LeadImage } from './lead-image'
import { RelatedArticles } from './related-articles'
import { SourceAttribution } from './source-attribution'
import { TagList } from './tag-list'

type Props = {
  article: ArticleDetail
  edition: EditionContext
}

/** A whole article, readable without JavaScript and printable. */
export function ArticlePage({ article, edition }: Props) {
  return (
    <div className="mx-auto max-w-3xl">
      <article aria-labelledby="headline">
        <ArticleHeader article={article} edition={edition} />
        {article.image && <LeadImage image={article.image} edition={edition} />}
        <ArticleBody html={article.bodyHtml} />
        {article.source && <SourceAttribution source={article.source} edition={edition} />}
        <TagList tags={article.tags} edition={edition} />
        <CorrectionsBox corrections={article.corrections} edition={edition} />
      </article>
      <RelatedArticles articles={article.related} edition={edition} />
    </div>
  )
}
