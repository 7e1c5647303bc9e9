import type { Metadata } from 'next'
import { EditionChrome } from '@/components/layout/edition-chrome'
import { notFound } from 'next/navigation'
import { ArticlePage } from '@/components/article/article-page'
import { getArticle, getArticleParams, getEditionChrome } from '@/lib/content'
import { getEdition, siteIdentity } from '@/lib/edition'
import { decodeSegment } from '@/lib/routes'
import { articleMetadata } from '@/lib/seo'

export const dynamicParams = false

// Called once per edition (the nearest parent with its own params): returns section and article.
export function generateStaticParams({ params }: { params: { edition: string } }) {
  return getArticleParams(getEdition(params.edition).code)
}

type Props = { params: Promise<{ edition: string; section: string; article: string }> }

async function load(params: Props['params']) {
  const { edition: code, section, article: slug } = await params
  const edition = getEdition(code)
  // Arabic file names give non-Latin slugs; Next may hand them over percent-encoded.
  const article = getArticle(edition.code, decodeSegment(section), decodeSegment(slug))
  if (!article) notFound()
  return { edition, article }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { edition, article } = await load(params)
  return articleMetadata(siteIdentity(edition), article)
}

export default async function ArticleRoute({ params }: Props) {
  const { edition, article } = await load(params)
  return (
    <EditionChrome
      edition={edition}
      chrome={getEditionChrome(edition.code)}
      alternates={article.translations}
    >
      <ArticlePage article={article} edition={edition} />
    </EditionChrome>
  )
}
