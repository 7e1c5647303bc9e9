import { exportReader } from '@/lib/content/page-reader'
import { editionParams } from '@/lib/site/edition'
import { feedContentType } from '@/lib/outputs/feeds'
import { FEED_FILES, FEED_FORMATS, parseFeedPath } from '@/lib/site/routes'
import { feedSections } from '../../exported-params'

export const dynamic = 'force-static'
export const dynamicParams = false

/** Each edition's feeds and every section's, in each format. */
export async function generateStaticParams() {
  const editions = await Promise.all(
    editionParams().map(async ({ edition }) => {
      const folders = [[], ...(await feedSections(edition)).map((section) => [section])]
      return folders.flatMap((folder) =>
        FEED_FORMATS.map((format) => ({ edition, feed: [...folder, FEED_FILES[format]] })),
      )
    }),
  )
  return editions.flat()
}

type Context = { params: Promise<{ edition: string; feed: string[] }> }

/**
 * /en/feeds/rss.xml, /en/feeds/atom.xml, /en/feeds/feed.json and the same per section: written
 * from the model by the build in one process (lib/content/model-reader.ts).
 */
export async function GET(_request: Request, { params }: Context) {
  const { edition, feed } = await params
  const path = parseFeedPath(feed)
  const body = path && (await exportReader.file(`/${edition}/feeds/${feed.join('/')}`))
  if (!path || body === undefined) return new Response('Not found', { status: 404 })
  return new Response(body, { headers: { 'Content-Type': feedContentType(path.format) } })
}
