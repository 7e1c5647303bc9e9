// In the export: every page, or in edge mode the hot window (docs/edge-mode.md).
import { pageReader } from '@/lib/content/export-reader'
import { listingSlugs } from '../exported-params'
import { sectionRoute } from '../page-routes'

export const dynamicParams = false

export function generateStaticParams({ params }: { params: { edition: string } }) {
  return listingSlugs(params.edition, 'section').map((section) => ({ section }))
}

const route = sectionRoute(pageReader)
export const generateMetadata = route.generateMetadata
export default route.Page
