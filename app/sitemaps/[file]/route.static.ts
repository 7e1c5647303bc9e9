import { sitemapFolderFiles } from '@/lib/outputs/sitemap-files'

export const dynamic = 'force-static'
export const dynamicParams = false

/** A news sitemap per edition, and the parts of a sitemap too large for one file. */
export function generateStaticParams() {
  return [...sitemapFolderFiles().keys()].map((file) => ({ file }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const write = sitemapFolderFiles().get((await params).file)
  if (!write) return new Response('Not found', { status: 404 })
  return new Response(await write(), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  })
}
