import type { Metadata } from 'next'
import { EditionChrome } from '@/components/layout/edition-chrome'
import { notFound } from 'next/navigation'
import { ArticleBody } from '@/components/article/article-body'
import { exportReader } from '@/lib/content/page-reader'
import { getEdition, siteIdentity } from '@/lib/site/edition'
import { pageUrl } from '@/lib/site/routes'
import { standaloneMetadata } from '@/lib/outputs/seo'
import { pageSlugs } from '../../exported-params'

export const dynamicParams = false

export async function generateStaticParams({ params }: { params: { edition: string } }) {
  return (await pageSlugs(params.edition)).map((slug) => ({ slug }))
}

type Props = { params: Promise<{ edition: string; slug: string }> }

async function load(params: Props['params']) {
  const { edition: code, slug } = await params
  const edition = getEdition(code)
  const record = await exportReader.page(pageUrl(edition.code, slug))
  if (record?.kind !== 'page') notFound()
  return { edition, page: record.page, alternates: record.alternates }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { edition, page, alternates } = await load(params)
  return standaloneMetadata(siteIdentity(edition), page, alternates)
}

export default async function StandalonePage({ params }: Props) {
  const { edition, page, alternates } = await load(params)
  return (
    <EditionChrome
      edition={edition}
      chrome={await exportReader.chrome(edition.code)}
      alternates={alternates}
    >
      <article className="mx-auto max-w-3xl">
        <h1 className="font-headline text-4xl font-bold">{page.title}</h1>
        <p className="mt-3 text-xl text-muted">{page.summary}</p>
        <ArticleBody html={page.bodyHtml} />
      </article>
    </EditionChrome>
  )
}
