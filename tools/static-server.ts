import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createSecureServer, type Http2SecureServer } from 'node:http2'
import path from 'node:path'
import compression from 'compression'
import { generate } from 'selfsigned'
import handler from 'serve-handler'
import {
  OLD_ADDRESS_TABLE,
  oldAddressTarget,
  type OldAddressTable,
} from '../lib/outputs/old-addresses'

type HeaderRule = { source: string; headers: { key: string; value: string }[] }

/**
 * The rules of a Netlify/Cloudflare `_headers` file as serve-handler takes them, so the local
 * server sends what the build tells hosts to send (`/media/*` → `/media/**`). A later rule's
 * header replaces an earlier one's here; hosts combine them, which is no looser.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue
    if (!/^\s/.test(line)) {
      rules.push({ source: line.trim().replace(/\*$/, '**'), headers: [] })
      continue
    }
    const colon = line.indexOf(':')
    rules.at(-1)?.headers.push({
      key: line.slice(0, colon).trim(),
      value: line.slice(colon + 1).trim(),
    })
  }
  return rules
}

function readHeaderRules(dir: string): HeaderRule[] {
  try {
    return parseHeadersFile(readFileSync(path.join(dir, '_headers'), 'utf8'))
  } catch {
    return []
  }
}

type RedirectRule = { source: string; destination: string; type: number }

/**
 * The lines of a `_redirects` file (`/old/ /new/ 301`) as serve-handler takes them: it matches
 * the decoded path without its trailing slash, so an Arabic address is matched as its letters,
 * and it percent-encodes the destination itself.
 */
export function parseRedirectsFile(text: string): RedirectRule[] {
  return text.split('\n').flatMap((line) => {
    const [from, to, status] = line.trim().split(/\s+/)
    if (!from || !to || from.startsWith('#')) return []
    const source = from === '/' ? from : decodeURI(from).replace(/\/+$/, '')
    return [{ source, destination: decodeURI(to), type: Number(status ?? 301) }]
  })
}

function readRedirectRules(dir: string): RedirectRule[] {
  try {
    return parseRedirectsFile(readFileSync(path.join(dir, '_redirects'), 'utf8'))
  } catch {
    return []
  }
}

/** The replaced site's addresses the build wrote for table-reading servers, if any. */
function readOldAddressTable(dir: string): OldAddressTable | undefined {
  try {
    return JSON.parse(readFileSync(path.join(dir, OLD_ADDRESS_TABLE), 'utf8')) as OldAddressTable
  } catch {
    return undefined
  }
}

/**
 * Answers a request from `dir` as an edge host would: gzip, clean URLs, _headers, _redirects;
 * and the replaced site's `/?p=123` as nginx, Vercel and edge mode do (docs/migrating-from-wordpress.md).
 */
function staticHandler(dir: string) {
  const gzip = compression()
  return (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://local')
    const table = url.pathname === '/' && url.search ? readOldAddressTable(dir) : undefined
    const moved = table && oldAddressTarget(table, url.pathname, url.search)
    if (moved) {
      response.writeHead(301, { Location: encodeURI(moved) }).end()
      return
    }
    // compression is written for Express; it uses only what Node's request and response have.
    gzip(request as never, response as never, () =>
      handler(request, response, {
        public: dir,
        // Folders with index.html, as exported: /en/iraq/ → out/en/iraq/index.html
        cleanUrls: true,
        trailingSlash: true,
        directoryListing: false,
        // Read on every request: a new build may have changed them.
        headers: readHeaderRules(dir),
        redirects: readRedirectRules(dir),
      }),
    )
  }
}

function listening<T extends Server | Http2SecureServer>(server: T, port: number, host: string) {
  return new Promise<T>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve(server))
  })
}

/**
 * A static file server over `dir` (serve-handler, the engine of the `serve` package), compressing
 * text with gzip (`compression`) as every edge host does: page weights and Lighthouse measured
 * against it see what readers get.
 */
export function startStaticServer(dir: string, port: number, host = '127.0.0.1'): Promise<Server> {
  return listening(createServer(staticHandler(dir)), port, host)
}

/**
 * The same server over HTTP/2 with TLS, as edge hosts serve sites: one connection carries every
 * request of a page, where HTTP/1.1 opens up to six. Lighthouse's throttling simulation models
 * that difference, so a page that needs seven files measures slower over HTTP/1.1 than any
 * reader of a CDN sees. The certificate is made for the occasion (`selfsigned`) and trusted by
 * nobody: the browser measuring must be told to ignore certificate errors.
 */
export async function startSecureStaticServer(
  dir: string,
  port: number,
  host = '127.0.0.1',
): Promise<Http2SecureServer> {
  const pems = await generate([{ name: 'commonName', value: host }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: host }] }],
  })
  const serve = staticHandler(dir)
  const server = createSecureServer(
    { key: pems.private, cert: pems.cert, allowHTTP1: true },
    // Node's compatibility API gives HTTP/2 streams the request and response of node:http.
    (request, response) => serve(request as never, response as never),
  )
  return listening(server, port, host)
}
