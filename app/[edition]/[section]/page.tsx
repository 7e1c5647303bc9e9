import type { Metadata } from 'next'
import { EditionChrome } from '@/components/layout/edition-chrome'
import { notFound } from 'next/navigation'
import { ArticleListing } from '@/components/teaser/article-listing'
import { SectionHeader } from '@/components/teaser/section-header'
import {
  getEditionChrome,
  getSection,
  getSectionPage,
  getSectionSlugs,
  sectionAlternates,
} from '@/lib/content'
import { getEdition, siteIdentity } from '@/lib/edition'
import { sectionUrl } from '@/lib/routes'
import { sectionMetadata } from '@/lib/seo'

export const dynamicParams = false

export function generateStaticParams() {
  return getSectionSlugs().map((section) => ({ section }))
}

type Props = { params: Promise<{ edition: string; section: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { edition: code, section: slug } = await params
  const edition = getEdition(code)
  const section = getSection(edition.code, slug)
  if (!section) notFound()
  return sectionMetadata(siteIdentity(edition), section, 1, section.href, sectionAlternates(slug))
}

export default async function SectionFront({ params }: Props) {
  const { edition: code, section: slug } = await params
  const edition = getEdition(code)
  const section = getSection(edition.code, slug)
  const paged = getSectionPage(edition.code, slug, 1)
  if (!section || !paged) notFound()
  return (
    <EditionChrome
      edition={edition}
      chrome={getEditionChrome(edition.code)}
      alternates={sectionAlternates(slug)}
    >
      <ArticleListing
        header={<SectionHeader section={section} edition={edition} />}
        paged={paged}
        hrefForPage={(page) => sectionUrl(edition.code, slug, page)}
        edition={edition}
      />
    </EditionChrome>
  )
}
