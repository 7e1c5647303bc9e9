// In the export: every page, or in edge mode the hot window (docs/edge-mode.md).
import { exportReader } from '@/lib/content/page-reader'
import { listingSlugs } from '../../exported-params'
import { authorRoute } from '../../page-routes'

export const dynamicParams = false

export async function generateStaticParams({ params }: { params: { edition: string } }) {
  return (await listingSlugs(params.edition, 'author')).map((author) => ({ author }))
}

const route = authorRoute(exportReader)
export const generateMetadata = route.generateMetadata
export default route.Page
