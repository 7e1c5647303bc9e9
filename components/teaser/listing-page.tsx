import { EditionChrome } from '@/components/layout/edition-chrome'
import type { EditionChromeData } from '@/lib/newsroom/view-models'
import type { EditionContext } from '@/lib/site/edition'
import { listingPageUrl, type Listing } from '@/lib/newsroom/model'
import { FirstPagePointer } from '@/components/ui/first-page-pointer'
import { ArticleListing } from './article-listing'
import { AuthorHeader } from './author-header'
import { ListingHeader } from './listing-header'
import { SectionHeader } from './section-header'

type Props = {
  listing: Listing
  edition: EditionContext
  chrome: EditionChromeData
  /** Served at the listing's own address (its newest stories), or at /page/N/ */
  route: 'first' | 'paged'
}

/** A section front, topic page or author page, or one of their later pages. */
export function ListingPage({ listing, edition, chrome, route }: Props) {
  return (
    <EditionChrome edition={edition} chrome={chrome} alternates={listing.alternates}>
      {route === 'paged' && listing.paged.items.length === 0 ? (
        <FirstPagePointer href={listing.href} title={listing.title} />
      ) : (
        <ArticleListing
          header={listingHeader(listing, edition, route)}
          paged={listing.paged}
          hrefForPage={(page) => listingPageUrl(edition.code, listing, page)}
          edition={edition}
        />
      )}
    </EditionChrome>
  )
}

/** The header each kind of listing opens with; the checker proves every kind has one. */
function listingHeader(listing: Listing, edition: EditionContext, route: Props['route']) {
  switch (listing.kind) {
    case 'section':
      return <SectionHeader section={listing.section} edition={edition} />
    case 'tag':
      return <ListingHeader kicker={edition.t.tags} title={listing.tag.label} />
    case 'author':
      // The biography opens the author's page, not every later page.
      return <AuthorHeader author={listing.author} showBio={route === 'first'} />
  }
}
