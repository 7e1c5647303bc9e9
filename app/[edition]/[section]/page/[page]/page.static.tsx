// In the export: every page, or in edge mode the hot window (docs/edge-mode.md).
import { pageReader } from '@/lib/content/export-reader'
import { listingPages } from '../../../exported-params'
import { sectionPagedRoute } from '../../../page-routes'

export const dynamicParams = false

export function generateStaticParams({ params }: { params: { edition: string } }) {
  return listingPages(params.edition, 'section').map(({ slug, page }) => ({ section: slug, page }))
}

const route = sectionPagedRoute(pageReader)
export const generateMetadata = route.generateMetadata
export default route.Page
