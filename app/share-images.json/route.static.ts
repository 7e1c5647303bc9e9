import { getShareImages } from '@/lib/outputs/share-images'

export const dynamic = 'force-static'

/**
 * /share-images.json: every share card and logo with what it shows. build/build.ts draws them
 * all in one process after `next build` (far cheaper than one exported route per image) and
 * removes this list from the site.
 */
export function GET() {
  return Response.json(getShareImages())
}
