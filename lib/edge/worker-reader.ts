/**
 * The door to the content inside the Worker (edge mode): the records the build wrote into the
 * export (lib/edge/records.ts), read through the Worker's static-assets binding. The `page.edge.tsx`
 * routes read it; nothing else may, and it never reads the content files themselves.
 */
import 'server-only'
import { getCloudflareContext } from '@opennextjs/cloudflare'
import { createArchiveStore, type PageReader } from './records'

type AssetsBinding = { fetch: (request: Request | string) => Promise<Response> }

// The binding's host name is never looked up: the path selects the file.
const store = createArchiveStore((path) => {
  const { env } = getCloudflareContext()
  return (env as unknown as { ASSETS: AssetsBinding }).ASSETS.fetch(`https://assets.local${path}`)
})

export const pageReader: PageReader = store.reader
