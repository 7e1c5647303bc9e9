// A story, or a live page and its numbered pages of older updates (page/N/). In the export:
// every page, or in edge mode the hot window (docs/edge-mode.md).
import { exportReader } from '@/lib/content/page-reader'
import { articleParams } from '../../../exported-params'
import { articleRoute } from '../../../page-routes'

export const dynamicParams = false

export function generateStaticParams({ params }: { params: { edition: string } }) {
  return articleParams(params.edition)
}

const route = articleRoute(exportReader)
export const generateMetadata = route.generateMetadata
export default route.Page
