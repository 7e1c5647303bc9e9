import type { Metadata } from 'next'
import { EditionChrome } from '@/components/layout/edition-chrome'
import { notFound } from 'next/navigation'
import { ArticleListing } from '@/components/teaser/article-listing'
import { SectionHeader } from '@/components/teaser/section-header'
import { FirstPagePointer } from '@/components/ui/first-page-pointer'
import {
  getEditionChrome,
  getSection,
  getSectionPage,
  getSectionPageParams,
  sectionAlternates,
} from '@/lib/content'
import { getEdition, siteIdentity } from '@/lib/edition'
import { parsePageNumber } from '@/lib/pagination'
import { sectionUrl } from '@/lib/routes'
import { sectionMetadata } from '@/lib/seo'

export const dynamicParams = false

export function generateStaticParams({ params }: { params: { edition: string } }) {
  return getSectionPageParams(getEdition(params.edition).code)
}

type Props = { params: Promise<{ edition: string; section: string; page: string }> }

async function load(params: Props['params']) {
  const { edition: code, section: slug, page: segment } = await params
  const edition = getEdition(code)
  const page = parsePageNumber(segment)
  const section = getSection(edition.code, slug)
  const paged = page === undefined ? undefined : getSectionPage(edition.code, slug, page)
  if (!section || !paged) notFound()
  return { edition, section, paged }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { edition, section, paged } = await load(params)
  return sectionMetadata(
    siteIdentity(edition),
    section,
    paged.page,
    sectionUrl(edition.code, section.slug, paged.page),
    // Page N of a section is not the same list in another edition: no hreflang.
    {},
  )
}

export default async function SectionFrontPage({ params }: Props) {
  const { edition, section, paged } = await load(params)
  return (
    <EditionChrome
      edition={edition}
      chrome={getEditionChrome(edition.code)}
      alternates={sectionAlternates(section.slug)}
    >
      {paged.page === 1 ? (
        <FirstPagePointer href={section.href} title={section.title} />
      ) : (
        <ArticleListing
          header={<SectionHeader section={section} edition={edition} />}
          paged={paged}
          hrefForPage={(page) => sectionUrl(edition.code, section.slug, page)}
          edition={edition}
        />
      )}
    </EditionChrome>
  )
}
