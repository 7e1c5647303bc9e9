import type { ArticleDetail } from '@/lib/newsroom/view-models'
import { JsonLd } from '@/components/seo/json-ld'
import { formatForEdition, siteIdentity, type EditionContext } from '@/lib/site/edition'
import { searchMeta } from '@/lib/outputs/search-document'
import { articleJsonLd, breadcrumbJsonLd } from '@/lib/outputs/structured-data'
import { LiveCoverage } from '@/components/live/live-coverage'
import { LATEST } from '@/lib/newsroom/pagination'
import { ArticleBody } from './article-body'
import { EmbedScript } from '@/components/embeds/embed-script'
import { ArticleHeader } from './article-header'
import { CorrectionsBox } from './corrections-box'
import { LeadImage } from './lead-image'
import { PhotoGallery } from './photo-gallery'
import { StoryAudio } from './story-audio'
import { StoryVideo } from './story-video'
import { RelatedArticles } from './related-articles'
import { ShareLinks } from './share-links'
import { SourceAttribution } from './source-attribution'
import { TagList } from './tag-list'

type Props = {
  article: ArticleDetail
  edition: EditionContext
}

/**
 * Pagefind metadata given as `key:value` in an attribute. It reads commas as separators, so none
 * may stay inside a value; each key sits on its own element.
 */

/** A whole article, readable without JavaScript and printable. */
export function ArticlePage({ article, edition }: Props) {
  const site = siteIdentity(edition)
  const current = { name: article.title, href: article.href }
  const olderUpdates = article.live !== undefined && article.live.updates.page !== LATEST
  return (
    <div className="mx-auto max-w-3xl">
      <JsonLd
        data={[
          articleJsonLd(site, article),
          breadcrumbJsonLd(site, edition.t.home, article.trail, current),
        ]}
      />
      {/* Pagefind indexes this article alone (never navigation, footer or related lists), and
          only its headline, standfirst and body: everything else is marked data-pagefind-ignore. */}
      {/* A live page is indexed at its own address; its numbered pages of older updates are not. */}
      <article
        aria-labelledby="headline"
        data-pagefind-body={olderUpdates ? undefined : true}
        data-pagefind-meta={searchMeta('section', article.section.title)}
      >
        <ArticleHeader article={article} edition={edition} />
        <div data-pagefind-ignore="all">
          {article.video ? (
            <StoryVideo video={article.video} edition={edition} />
          ) : (
            article.image && <LeadImage image={article.image} edition={edition} />
          )}
          {article.audio && <StoryAudio audio={article.audio} edition={edition} />}
        </div>
        <div
          data-pagefind-meta={searchMeta(
            'date',
            formatForEdition(edition, new Date(article.published), 'date'),
          )}
        >
          {article.bodyHtml.trim() && (
            <ArticleBody html={article.bodyHtml} embeds={article.embeds} edition={edition} />
          )}
          {article.gallery.length > 0 && (
            <PhotoGallery photos={article.gallery} edition={edition} />
          )}
          {article.live && <LiveCoverage article={article} live={article.live} edition={edition} />}
          {hasEmbeds(article) && <EmbedScript />}
        </div>
        <div data-pagefind-ignore="all">
          {article.source && <SourceAttribution source={article.source} edition={edition} />}
          <TagList tags={article.tags} edition={edition} />
          <CorrectionsBox corrections={article.corrections} edition={edition} />
          <ShareLinks title={article.title} href={article.href} edition={edition} />
        </div>
      </article>
      <RelatedArticles articles={article.related} edition={edition} />
    </div>
  )
}

/** Whether the page shows an embed: in its text, or in an update it shows. */
function hasEmbeds(article: ArticleDetail): boolean {
  const updates = [
    ...(article.live?.updates.items ?? []),
    ...(article.live?.pinned ? [article.live.pinned] : []),
  ]
  return article.embeds.length > 0 || updates.some((update) => update.embeds.length > 0)
}
