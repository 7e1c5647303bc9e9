import type { Metadata } from 'next'
import { EditionChrome } from '@/components/layout/edition-chrome'
import { notFound } from 'next/navigation'
import { ArticleListing } from '@/components/teaser/article-listing'
import { AuthorHeader } from '@/components/teaser/author-header'
import {
  authorAlternates,
  getAuthor,
  getAuthorPage,
  getAuthorSlugs,
  getEditionChrome,
} from '@/lib/content'
import { getEdition, siteIdentity } from '@/lib/edition'
import { authorUrl } from '@/lib/routes'
import { pageMetadata } from '@/lib/seo'

export const dynamicParams = false

export function generateStaticParams() {
  return getAuthorSlugs().map((author) => ({ author }))
}

type Props = { params: Promise<{ edition: string; author: string }> }

async function load(params: Props['params']) {
  const { edition: code, author: slug } = await params
  const edition = getEdition(code)
  const author = getAuthor(edition.code, slug)
  const paged = getAuthorPage(edition.code, slug, 1)
  if (!author || !paged) notFound()
  return { edition, author, paged }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { edition, author } = await load(params)
  const title = edition.t.articlesBy(author.name)
  return pageMetadata(siteIdentity(edition), {
    title,
    description: author.role ?? title,
    path: author.href,
    alternates: authorAlternates(author.slug),
  })
}

export default async function AuthorRoute({ params }: Props) {
  const { edition, author, paged } = await load(params)
  return (
    <EditionChrome
      edition={edition}
      chrome={getEditionChrome(edition.code)}
      alternates={authorAlternates(author.slug)}
    >
      <ArticleListing
        header={<AuthorHeader author={author} showBio />}
        paged={paged}
        hrefForPage={(page) => authorUrl(edition.code, author.slug, page)}
        edition={edition}
      />
    </EditionChrome>
  )
}
