import { editionParams, getEdition } from '@/lib/edition'
import { logoPng } from '@/lib/share-card'

export const dynamic = 'force-static'
export const dynamicParams = false
export const generateStaticParams = editionParams

/** /en/logo.png: the edition's wordmark, the publisher logo of its structured data. */
export async function GET(_request: Request, { params }: { params: Promise<{ edition: string }> }) {
  const edition = getEdition((await params).edition)
  const png = await logoPng(edition.name, edition.dir, { root: process.cwd() })
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } })
}
