/**
 * What the Worker of edge mode does with a request no file of the export answered (Cloudflare
 * serves those first): refuse an address the archive has no record of before anything renders or
 * is cached, have Next render (or fetch from its cache) the page, and finish it exactly as the
 * build finishes an exported page (lib/finish/page-html.ts, lib/finish/page-policy.ts) with the headers the
 * export's pages get from `_headers` (lib/finish/host-files.ts). Pure apart from what it is given:
 * edge/worker.ts passes OpenNext's handler and the static-assets binding.
 */
import type { ArchiveStore } from './assets'
import {
  ARCHIVE_DATA_PATH,
  createArchiveStore,
  recordAddress,
  SEARCH_FRAGMENT,
  takeVersionMarker,
} from './records'
import type { PublishedFace } from '../finish/faces'
import { CACHE, MEDIA_POLICY, SECURITY_HEADERS } from '../finish/host-files'
import { finishedPage, type PageAssets } from '../finish/page-html'
import { withPolicy } from '../finish/page-policy'
import type { PictureOptions, Variant } from '../finish/responsive-images'
import { editionCardUrl } from '../site/routes'
import { OLD_ADDRESS_TABLE, oldAddressTarget, type OldAddressTable } from '../outputs/old-addresses'

/** Where the build writes what finishing a page needs (faces and pictures), for the Worker. */
export const PAGE_ASSETS_FILE = `${ARCHIVE_DATA_PATH}page-assets.json`

/** PageAssets as JSON: the pictures' maps as lists of entries. */
export type PageAssetsJson = {
  faces: readonly PublishedFace[]
  pictures?:
    | { service: 'build'; variants: [string, readonly Variant[]][] }
    | { service: Exclude<PictureOptions['service'], 'build'>; widths: [string, number][] }
}

export function pageAssetsJson(assets: PageAssets): PageAssetsJson {
  const pictures = assets.pictures
  return {
    faces: assets.faces ?? [],
    ...(pictures === undefined
      ? {}
      : pictures.service === 'build'
        ? { pictures: { service: 'build', variants: [...pictures.variants] } }
        : { pictures: { service: pictures.service, widths: [...pictures.widths] } }),
  }
}

export function pageAssetsFromJson(json: PageAssetsJson): PageAssets {
  const pictures = json.pictures
  return {
    faces: json.faces,
    ...(pictures === undefined
      ? {}
      : pictures.service === 'build'
        ? { pictures: { service: 'build', variants: new Map(pictures.variants) } }
        : { pictures: { service: pictures.service, widths: new Map(pictures.widths) } }),
  }
}

type EdgeSite = {
  /** Next's handler (OpenNext): renders the page or answers from the incremental cache. */
  render: (request: Request) => Promise<Response>
  /** A file of the export, by path (the Worker's ASSETS binding). */
  readAsset: (path: string) => Promise<Response>
  /**
   * The build's preview-mode ID: a request carrying it in `x-prerender-revalidate` makes Next
   * render the page again and replace its cached copy (on-demand revalidation; OpenNext's queue
   * does the same).
   */
  revalidationKey: () => string | undefined
  /** Where records are kept once read: the isolate's one store in the Worker (lib/edge/assets.ts). */
  store?: ArchiveStore
}

export const REVALIDATE_HEADER = 'x-prerender-revalidate'

const NO_OLD_ADDRESSES: OldAddressTable = { paths: {}, queries: {} }

/** A story's share card: /en/economy/story/card.png (lib/site/routes.ts, shareCardUrl). */
const SHARE_CARD = /^(\/.+\/)card\.png$/

function withSiteHeaders(headers: Headers): Headers {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value)
  // Pages are revalidated on every visit, like the export's (lib/finish/host-files.ts).
  headers.set('Cache-Control', CACHE.revalidate)
  headers.delete('Content-Length')
  headers.delete('X-Powered-By')
  return headers
}

export function createEdgeSite({
  render,
  readAsset,
  revalidationKey,
  store = createArchiveStore(readAsset),
}: EdgeSite) {
  let pageAssets: Promise<PageAssets> | undefined

  function readPageAssets(): Promise<PageAssets> {
    pageAssets ??= readAsset(PAGE_ASSETS_FILE)
      .then(async (response) => {
        if (!response.ok) throw new Error(`${PAGE_ASSETS_FILE} answered ${response.status}`)
        return pageAssetsFromJson((await response.json()) as PageAssetsJson)
      })
      .catch((error: unknown) => {
        pageAssets = undefined
        throw error
      })
    return pageAssets
  }

  let oldAddresses: Promise<OldAddressTable> | undefined

  /**
   * The replaced site's addresses and the root's target (build/stages/old-addresses.ts), read
   * once. An export without the table has none; one that cannot be read now is asked again on
   * the next request, and this one is answered without it.
   */
  function readOldAddresses(): Promise<OldAddressTable> {
    oldAddresses ??= readAsset(`/${OLD_ADDRESS_TABLE}`).then(async (response) => {
      if (response.status === 404) return NO_OLD_ADDRESSES
      if (!response.ok) throw new Error(`${OLD_ADDRESS_TABLE} answered ${response.status}`)
      return (await response.json()) as OldAddressTable
    })
    return oldAddresses.catch(() => {
      oldAddresses = undefined
      return NO_OLD_ADDRESSES
    })
  }

  /** A redirect the caches may keep, as the host's own redirects are. */
  function redirect(to: string, status: 301 | 302): Response {
    const headers = withSiteHeaders(new Headers({ Location: encodeURI(to) }))
    return new Response(null, { status, headers })
  }

  /** The export's 404 page, with status 404. */
  async function notFound(): Promise<Response> {
    const page = await readAsset('/404.html')
    const headers = withSiteHeaders(new Headers({ 'Content-Type': 'text/html; charset=utf-8' }))
    return new Response(page.ok ? page.body : 'Not found', { status: 404, headers })
  }

  function isPage(response: Response): boolean {
    const type = response.headers.get('Content-Type') ?? ''
    return response.status === 200 && type.startsWith('text/html')
  }

  /** The page as the export would hold it: marker out, runtime out, policy in, site headers. */
  async function finished(response: Response, html: string, address: string): Promise<Response> {
    const page = withPolicy(finishedPage(html, address, await readPageAssets()))
    return new Response(page, {
      status: 200,
      headers: withSiteHeaders(new Headers(response.headers)),
    })
  }

  /**
   * The share card of a story the export does not hold: the build draws cards for the exported
   * stories only, so an archive story's card is its edition's.
   */
  async function shareCard(story: string): Promise<Response> {
    const address = recordAddress(story)
    const record = address === undefined ? undefined : await store.record(address)
    if (address === undefined || record?.kind !== 'article') return notFound()
    const card = await readAsset(editionCardUrl(record.article.edition))
    if (!card.ok) return notFound()
    const headers = new Headers(card.headers)
    headers.set('Cache-Control', CACHE.longLived)
    headers.set('Content-Security-Policy', MEDIA_POLICY)
    return new Response(card.body, { status: 200, headers })
  }

  /** A fragment of the search index, packed into the records by the build. */
  async function searchFragment(name: string): Promise<Response> {
    const bytes = await store.searchFragment(name)
    if (!bytes) return notFound()
    // Named by a hash of their content, like the files Pagefind writes.
    const headers = new Headers({ 'Content-Type': 'application/octet-stream' })
    headers.set('Cache-Control', CACHE.immutable)
    return new Response(bytes, { status: 200, headers })
  }

  /** Asks Next to render the page again, replacing its cached copy. */
  function rerender(request: Request, key: string): Promise<Response> {
    const headers = new Headers(request.headers)
    headers.set(REVALIDATE_HEADER, key)
    return render(new Request(request.url, { method: 'GET', headers }))
  }

  /** A reader's request: GET, and HEAD answered with the GET's status and headers. */
  return async function handle(request: Request): Promise<Response> {
    if (request.method === 'HEAD') {
      const answer = await handle(new Request(request.url, { headers: request.headers }))
      return new Response(null, { status: answer.status, headers: answer.headers })
    }
    if (request.method !== 'GET') {
      const headers = withSiteHeaders(new Headers({ Allow: 'GET, HEAD' }))
      return new Response('Method not allowed', { status: 405, headers })
    }
    return answer(request)
  }

  async function answer(request: Request): Promise<Response> {
    const url = new URL(request.url)
    // The root comes here first (wrangler.archive.jsonc): WordPress's /?p=123, else the edition.
    if (url.pathname === '/') {
      const table = await readOldAddresses()
      const moved = oldAddressTarget(table, '/', url.search)
      return moved ? redirect(moved, 301) : redirect(table.root ?? '/en/', 302)
    }
    // The records are the Worker's, not the readers'.
    if (url.pathname.startsWith(ARCHIVE_DATA_PATH)) return notFound()
    const card = SHARE_CARD.exec(url.pathname)
    if (card) return shareCard(card[1] ?? '')
    const fragment = SEARCH_FRAGMENT.exec(url.pathname)
    if (fragment) return searchFragment(fragment[1] ?? '')
    const address = recordAddress(url.pathname)
    const record = address === undefined ? undefined : await store.record(address)
    if (address === undefined || record === undefined) {
      const moved = oldAddressTarget(await readOldAddresses(), url.pathname, url.search)
      return moved ? redirect(moved, 301) : notFound()
    }
    const response = await render(request)
    if (response.status === 404) return notFound()
    if (!isPage(response)) return response
    const cached = takeVersionMarker(await response.text())
    const key = revalidationKey()
    // A copy rendered from another version of the record (an earlier deploy): render it again.
    if (cached.version !== record.version && key) {
      const fresh = await rerender(request, key)
      if (isPage(fresh)) return finished(fresh, takeVersionMarker(await fresh.text()).html, address)
    }
    return finished(response, cached.html, address)
  }
}
