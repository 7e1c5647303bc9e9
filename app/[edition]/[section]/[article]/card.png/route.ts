import { getArticleParams, getShareCard } from '@/lib/content'
import { editionParams, getEdition } from '@/lib/edition'
import { decodeSegment } from '@/lib/routes'
import { shareCardPng } from '@/lib/share-card'

export const dynamic = 'force-static'
export const dynamicParams = false

// Route handlers sit outside the layouts, so every segment's params are listed here.
export function generateStaticParams() {
  return editionParams().flatMap(({ edition }) =>
    getArticleParams(edition).map((params) => ({ edition, ...params })),
  )
}

type Context = { params: Promise<{ edition: string; section: string; article: string }> }

/** /en/<section>/<article>/card.png: the 1200×630 image social networks show for the article. */
export async function GET(_request: Request, { params }: Context) {
  const { edition, section, article } = await params
  const card = getShareCard(
    getEdition(edition).code,
    decodeSegment(section),
    decodeSegment(article),
  )
  if (!card) return new Response('Not found', { status: 404 })
  const png = await shareCardPng(card, { root: process.cwd() })
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } })
}
