import type { Metadata } from 'next'
import { EditionChrome } from '@/components/layout/edition-chrome'
import { notFound } from 'next/navigation'
import { ArticleBody } from '@/components/article/article-body'
import { getEditionChrome, getPage, getPages, alternates } from '@/lib/content/export-reader'
import { getEdition, siteIdentity } from '@/lib/site/edition'
import { standaloneMetadata } from '@/lib/outputs/seo'

export const dynamicParams = false

export function generateStaticParams({ params }: { params: { edition: string } }) {
  return getPages(getEdition(params.edition).code).map(({ slug }) => ({ slug }))
}

type Props = { params: Promise<{ edition: string; slug: string }> }

async function load(params: Props['params']) {
  const { edition: code, slug } = await params
  const edition = getEdition(code)
  const page = getPage(edition.code, slug)
  if (!page) notFound()
  return { edition, page }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { edition, page } = await load(params)
  return standaloneMetadata(siteIdentity(edition), page, alternates.page(page.slug))
}

export default async function StandalonePage({ params }: Props) {
  const { edition, page } = await load(params)
  return (
    <EditionChrome
      edition={edition}
      chrome={getEditionChrome(edition.code)}
      alternates={alternates.page(page.slug)}
    >
      <article className="mx-auto max-w-3xl">
        <h1 className="font-headline text-4xl font-bold">{page.title}</h1>
        <p className="mt-3 text-xl text-muted">{page.summary}</p>
        <ArticleBody html={page.bodyHtml} />
      </article>
    </EditionChrome>
  )
}
