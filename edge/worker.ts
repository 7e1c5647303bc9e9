/**
 * The Worker of edge mode (wrangler.archive.jsonc): OpenNext's handler for the Next build of the
 * `page.edge.tsx` routes, behind lib/edge/worker-handler.ts, which refuses unknown addresses and finishes
 * every page as the export's are finished. Cloudflare answers every file of the export before
 * this runs. `open-next-worker` is .open-next/worker.js, written by `opennextjs-cloudflare build`
 * (build/stages/worker-bundle.ts); wrangler's `alias` points at it.
 */
import openNext from 'open-next-worker'
import { assetReader, isolateArchiveStore } from '../lib/edge/assets'
import { createEdgeSite } from '../lib/edge/worker-handler'

// The Durable Object that re-renders stale pages in the background (OpenNext's queue).
export { DOQueueHandler } from 'open-next-worker'

let site: ((request: Request) => Promise<Response>) | undefined

const worker = {
  fetch(request: Request, env: unknown, context: unknown): Promise<Response> {
    const readAsset = assetReader(env)
    site ??= createEdgeSite({
      render: (page) => openNext.fetch(page, env, context),
      readAsset,
      store: isolateArchiveStore(readAsset),
      // Set by OpenNext from the build's prerender manifest before its first response.
      revalidationKey: () => process.env.NEXT_PREVIEW_MODE_ID ?? process.env.__NEXT_PREVIEW_MODE_ID,
    })
    return site(request)
  },
}

export default worker
