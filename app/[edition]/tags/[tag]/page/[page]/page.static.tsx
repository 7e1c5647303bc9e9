// In the export: every page, or in edge mode the hot window (docs/edge-mode.md).
import { pageReader } from '@/lib/content/export-reader'
import { listingPages } from '../../../../exported-params'
import { tagPagedRoute } from '../../../../page-routes'

export const dynamicParams = false

export function generateStaticParams({ params }: { params: { edition: string } }) {
  return listingPages(params.edition, 'tag').map(({ slug, page }) => ({ tag: slug, page }))
}

const route = tagPagedRoute(pageReader)
export const generateMetadata = route.generateMetadata
export default route.Page
