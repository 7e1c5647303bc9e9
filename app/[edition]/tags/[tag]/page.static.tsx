// In the export: every page, or in edge mode the hot window (docs/edge-mode.md).
import { pageReader } from '@/lib/content/export-reader'
import { listingSlugs } from '../../exported-params'
import { tagRoute } from '../../page-routes'

export const dynamicParams = false

export function generateStaticParams({ params }: { params: { edition: string } }) {
  return listingSlugs(params.edition, 'tag').map((tag) => ({ tag }))
}

const route = tagRoute(pageReader)
export const generateMetadata = route.generateMetadata
export default route.Page
