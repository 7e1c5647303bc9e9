// In the export: every page, or in edge mode the hot window (docs/edge-mode.md).
import { exportReader } from '@/lib/content/page-reader'
import { listingSlugs } from '../exported-params'
import { sectionRoute } from '../page-routes'

export const dynamicParams = false

export async function generateStaticParams({ params }: { params: { edition: string } }) {
  return (await listingSlugs(params.edition, 'section')).map((section) => ({ section }))
}

const route = sectionRoute(exportReader)
export const generateMetadata = route.generateMetadata
export default route.Page
