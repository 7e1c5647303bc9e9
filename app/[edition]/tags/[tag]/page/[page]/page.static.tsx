// In the export: every page, or in edge mode the hot window (docs/edge-mode.md).
import { exportReader } from '@/lib/content/page-reader'
import { listingPages } from '../../../../exported-params'
import { tagPagedRoute } from '../../../../page-routes'

export const dynamicParams = false

export async function generateStaticParams({ params }: { params: { edition: string } }) {
  return (await listingPages(params.edition, 'tag')).map(({ slug, page }) => ({ tag: slug, page }))
}

const route = tagPagedRoute(exportReader)
export const generateMetadata = route.generateMetadata
export default route.Page
