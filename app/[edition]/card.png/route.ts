import { editionParams, getEdition } from '@/lib/edition'
import { shareCardPng } from '@/lib/share-card'
import { site } from '@/lib/site'

export const dynamic = 'force-static'
export const dynamicParams = false
export const generateStaticParams = editionParams

/** /en/card.png: the edition's share card (name and tagline), for pages that are not articles. */
export async function GET(_request: Request, { params }: { params: Promise<{ edition: string }> }) {
  const edition = getEdition((await params).edition)
  const card = {
    siteName: edition.name,
    headline: edition.tagline,
    domain: new URL(site.baseUrl).host,
    dir: edition.dir,
  }
  const png = await shareCardPng(card, { root: process.cwd() })
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } })
}
