/**
 * The door to the content inside the Worker (edge mode): the records the build wrote into the
 * export (lib/edge/records.ts), read through the Worker's static-assets binding. The `page.edge.tsx`
 * routes read it; nothing else may, and it never reads the content files themselves.
 */
import 'server-only'
import { getCloudflareContext } from '@opennextjs/cloudflare'
import { assetReader, isolateArchiveStore } from './assets'
import type { PageReader } from './records'

// The store the Worker's handler checked the address with (lib/edge/assets.ts); the context is
// read when a shard is fetched, inside a request.
const store = isolateArchiveStore((path) => assetReader(getCloudflareContext().env)(path))

export const pageReader: PageReader = store.reader
