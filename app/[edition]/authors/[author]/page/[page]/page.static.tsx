// In the export: every page, or in edge mode the hot window (docs/edge-mode.md).
import { pageReader } from '@/lib/content/export-reader'
import { listingPages } from '../../../../exported-params'
import { authorPagedRoute } from '../../../../page-routes'

export const dynamicParams = false

export function generateStaticParams({ params }: { params: { edition: string } }) {
  return listingPages(params.edition, 'author').map(({ slug, page }) => ({ author: slug, page }))
}

const route = authorPagedRoute(pageReader)
export const generateMetadata = route.generateMetadata
export default route.Page
