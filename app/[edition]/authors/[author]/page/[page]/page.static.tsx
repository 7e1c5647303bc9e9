// In the export: every page, or in edge mode the hot window (docs/edge-mode.md).
import { exportReader } from '@/lib/content/page-reader'
import { listingPages } from '../../../../exported-params'
import { authorPagedRoute } from '../../../../page-routes'

export const dynamicParams = false

export async function generateStaticParams({ params }: { params: { edition: string } }) {
  return (await listingPages(params.edition, 'author')).map(({ slug, page }) => ({
    author: slug,
    page,
  }))
}

const route = authorPagedRoute(exportReader)
export const generateMetadata = route.generateMetadata
export default route.Page
