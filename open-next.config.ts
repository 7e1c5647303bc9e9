// OpenNext for Cloudflare, used only in edge mode (`archive: edge`, build/stages/worker-bundle.ts): the
// pages the Worker renders are kept in an R2 bucket, stale ones re-rendered in the background by a
// Durable Object queue. wrangler.archive.jsonc names the bucket and the queue's class.
import { defineCloudflareConfig } from '@opennextjs/cloudflare'
import r2IncrementalCache from '@opennextjs/cloudflare/overrides/incremental-cache/r2-incremental-cache'
import doQueue from '@opennextjs/cloudflare/overrides/queue/do-queue'

export default defineCloudflareConfig({
  incrementalCache: r2IncrementalCache,
  queue: doQueue,
  // Without it a fresh isolate takes every page rendered on demand for stale and renders it again.
  enableCacheInterception: true,
})
