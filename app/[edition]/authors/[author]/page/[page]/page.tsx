import type { Metadata } from 'next'
import { EditionChrome } from '@/components/layout/edition-chrome'
import { notFound } from 'next/navigation'
import { ArticleListing } from '@/components/teaser/article-listing'
import { AuthorHeader } from '@/components/teaser/author-header'
import { FirstPagePointer } from '@/components/ui/first-page-pointer'
import {
  authorAlternates,
  getAuthor,
  getAuthorPage,
  getAuthorPageParams,
  getEditionChrome,
} from '@/lib/content'
import { getEdition, siteIdentity } from '@/lib/edition'
import { parsePageNumber } from '@/lib/pagination'
import { authorUrl } from '@/lib/routes'
import { pageMetadata } from '@/lib/seo'

export const dynamicParams = false

export function generateStaticParams({ params }: { params: { edition: string } }) {
  return getAuthorPageParams(getEdition(params.edition).code)
}

type Props = { params: Promise<{ edition: string; author: string; page: string }> }

async function load(params: Props['params']) {
  const { edition: code, author: slug, page: segment } = await params
  const edition = getEdition(code)
  const page = parsePageNumber(segment)
  const author = getAuthor(edition.code, slug)
  const paged = page === undefined ? undefined : getAuthorPage(edition.code, slug, page)
  if (!author || !paged) notFound()
  return { edition, author, paged }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { edition, author, paged } = await load(params)
  const title = `${edition.t.articlesBy(author.name)} (${paged.page})`
  return pageMetadata(siteIdentity(edition), {
    title,
    description: title,
    path: authorUrl(edition.code, author.slug, paged.page),
  })
}

export default async function AuthorPageRoute({ params }: Props) {
  const { edition, author, paged } = await load(params)
  return (
    <EditionChrome
      edition={edition}
      chrome={getEditionChrome(edition.code)}
      alternates={authorAlternates(author.slug)}
    >
      {paged.page === 1 ? (
        <FirstPagePointer href={author.href} title={author.name} />
      ) : (
        <ArticleListing
          header={<AuthorHeader author={author} showBio={false} />}
          paged={paged}
          hrefForPage={(page) => authorUrl(edition.code, author.slug, page)}
          edition={edition}
        />
      )}
    </EditionChrome>
  )
}
