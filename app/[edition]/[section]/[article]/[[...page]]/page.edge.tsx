// In the Worker (edge mode): rendered on its first request, then served from the cache.
import { pageReader } from '@/lib/edge/worker-reader'
import { articleRoute } from '../../../page-routes'

export const dynamicParams = true

export function generateStaticParams() {
  return []
}

const route = articleRoute(pageReader)
export const generateMetadata = route.generateMetadata
export default route.Page
