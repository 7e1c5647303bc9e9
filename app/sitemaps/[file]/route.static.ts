import { exportReader } from '@/lib/content/page-reader'

export const dynamic = 'force-static'
export const dynamicParams = false

const FOLDER = '/sitemaps/'

/** A news sitemap per edition, and the parts of a sitemap too large for one file. */
export async function generateStaticParams() {
  const { sitemaps } = await exportReader.index()
  return sitemaps
    .filter((address) => address.startsWith(FOLDER))
    .map((address) => ({ file: address.slice(FOLDER.length) }))
}

/** Written from the model by the build in one process (lib/outputs/sitemap-files.ts). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const body = await exportReader.file(`${FOLDER}${(await params).file}`)
  if (body === undefined) return new Response('Not found', { status: 404 })
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
