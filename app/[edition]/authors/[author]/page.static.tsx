// In the export: every page, or in edge mode the hot window (docs/edge-mode.md).
import { pageReader } from '@/lib/content/export-reader'
import { listingSlugs } from '../../exported-params'
import { authorRoute } from '../../page-routes'

export const dynamicParams = false

export function generateStaticParams({ params }: { params: { edition: string } }) {
  return listingSlugs(params.edition, 'author').map((author) => ({ author }))
}

const route = authorRoute(pageReader)
export const generateMetadata = route.generateMetadata
export default route.Page
