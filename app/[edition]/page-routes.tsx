/**
 * The routes a page can be rendered by in both archive modes (stories and listings), written once
 * against a PageReader (lib/edge/records.ts). Each route folder holds two thin files that pick a reader:
 * `page.static.tsx` reads lib/content/export-reader.ts and is built into the export; `page.edge.tsx` reads the
 * archive's records (lib/edge/worker-reader.ts) and is built into the Worker that renders the archive
 * on demand (next.config.ts chooses the files by their middle extension). This module must not
 * import lib/content/export-reader.ts: the Worker would then carry the whole archive in its code.
 */
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticlePage } from '@/components/article/article-page'
import { EditionChrome } from '@/components/layout/edition-chrome'
import { ListingPage } from '@/components/teaser/listing-page'
import { VERSION_META, type PageReader } from '@/lib/edge/records'
import { getEdition, siteIdentity } from '@/lib/site/edition'
import { listingPageUrl, type ListingKind } from '@/lib/newsroom/model'
import { LATEST, parsePageNumber } from '@/lib/newsroom/pagination'
import { articleUrl, decodeSegment } from '@/lib/site/routes'
import { articleMetadata, listingMetadata } from '@/lib/outputs/seo'

/** A page's metadata with its version, when the reader has one (the Worker's: lib/edge/records.ts). */
async function versioned(
  reader: PageReader,
  address: string,
  metadata: Metadata,
): Promise<Metadata> {
  const version = await reader.version(address)
  return version === undefined
    ? metadata
    : { ...metadata, other: { ...metadata.other, [VERSION_META]: version } }
}

type Route<Params> = {
  generateMetadata: (props: { params: Promise<Params> }) => Promise<Metadata>
  Page: (props: { params: Promise<Params> }) => Promise<React.JSX.Element>
}

type ArticleParams = { edition: string; section: string; article: string; page?: string[] }

/** The page of a story's address: LATEST for its own, N for a live page's `page/N/`. */
function storyPage(segments: readonly string[] | undefined): number | undefined {
  if (!segments || segments.length === 0) return LATEST
  const [word, number] = segments
  return segments.length === 2 && word === 'page' ? parsePageNumber(number ?? '') : undefined
}

/** /<edition>/<section>/<story>/, and a live page's /<edition>/<section>/<story>/page/N/ */
export function articleRoute(reader: PageReader): Route<ArticleParams> {
  async function load(params: Promise<ArticleParams>) {
    const { edition: code, section, article: slug, page: segments } = await params
    const edition = getEdition(code)
    const page = storyPage(segments)
    if (page === undefined) notFound()
    // Arabic file names give non-Latin slugs; Next may hand them over percent-encoded.
    const article = await reader.article(
      edition.code,
      decodeSegment(section),
      decodeSegment(slug),
      page,
    )
    if (!article) notFound()
    return { edition, article, page }
  }
  return {
    async generateMetadata({ params }) {
      const { edition, article, page } = await load(params)
      return versioned(
        reader,
        articleUrl(edition.code, article.section.slug, article.slug, page),
        articleMetadata(siteIdentity(edition), article, page),
      )
    },
    async Page({ params }) {
      const { edition, article } = await load(params)
      return (
        <EditionChrome
          edition={edition}
          chrome={await reader.chrome(edition.code)}
          alternates={article.translations}
        >
          <ArticlePage article={article} edition={edition} />
        </EditionChrome>
      )
    },
  }
}

/** A listing's address: its edition, kind and slug, and the /page/N/ segment when there is one. */
type ListingAddress = { edition: string; kind: ListingKind; slug: string; page?: string }

/**
 * What every listing route does (section fronts, topics, authors, and their /page/N/): read the
 * address, ask the reader for the listing, notFound() on a miss, render.
 */
function listingRoute<Params>(
  reader: PageReader,
  address: (params: Params) => ListingAddress,
): Route<Params> {
  async function load(params: Promise<Params>) {
    const { edition: code, kind, slug, page } = address(await params)
    const edition = getEdition(code)
    const number = page === undefined ? LATEST : parsePageNumber(page)
    const listing =
      number === undefined ? undefined : await reader.listing(edition.code, kind, slug, number)
    if (!listing || number === undefined) notFound()
    const route = page === undefined ? ('first' as const) : ('paged' as const)
    return { edition, listing, route, address: listingPageUrl(edition.code, listing, number) }
  }
  return {
    async generateMetadata({ params }) {
      const { edition, listing, route, address } = await load(params)
      const metadata = listingMetadata(siteIdentity(edition), edition.t, listing, route)
      return versioned(reader, address, metadata)
    },
    async Page({ params }) {
      const { edition, listing, route } = await load(params)
      return (
        <ListingPage
          listing={listing}
          edition={edition}
          chrome={await reader.chrome(edition.code)}
          route={route}
        />
      )
    },
  }
}

type Edition = { edition: string }
type Paged = { page: string }

/** /<edition>/<section>/ */
export const sectionRoute = (reader: PageReader) =>
  listingRoute(reader, ({ edition, section }: Edition & { section: string }) => ({
    edition,
    kind: 'section',
    slug: section,
  }))

/** /<edition>/<section>/page/<n>/ */
export const sectionPagedRoute = (reader: PageReader) =>
  listingRoute(reader, ({ edition, section, page }: Edition & Paged & { section: string }) => ({
    edition,
    kind: 'section',
    slug: section,
    page,
  }))

/** /<edition>/tags/<tag>/ */
export const tagRoute = (reader: PageReader) =>
  listingRoute(reader, ({ edition, tag }: Edition & { tag: string }) => ({
    edition,
    kind: 'tag',
    slug: decodeSegment(tag),
  }))

/** /<edition>/tags/<tag>/page/<n>/ */
export const tagPagedRoute = (reader: PageReader) =>
  listingRoute(reader, ({ edition, tag, page }: Edition & Paged & { tag: string }) => ({
    edition,
    kind: 'tag',
    slug: decodeSegment(tag),
    page,
  }))

/** /<edition>/authors/<author>/ */
export const authorRoute = (reader: PageReader) =>
  listingRoute(reader, ({ edition, author }: Edition & { author: string }) => ({
    edition,
    kind: 'author',
    slug: author,
  }))

/** /<edition>/authors/<author>/page/<n>/ */
export const authorPagedRoute = (reader: PageReader) =>
  listingRoute(reader, ({ edition, author, page }: Edition & Paged & { author: string }) => ({
    edition,
    kind: 'author',
    slug: author,
    page,
  }))
