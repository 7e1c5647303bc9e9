import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import compression from 'compression'
import handler from 'serve-handler'

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

/**
 * A static file server over `dir` (serve-handler, the engine of the `serve` package), compressing
 * text with gzip (`compression`) as every edge host does: page weights and Lighthouse measured
 * against it see what readers get.
 */
export function startStaticServer(dir: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const gzip = compression()
  const server = createServer((request, response) =>
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
      }),
    ),
  )
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve(server))
  })
}
