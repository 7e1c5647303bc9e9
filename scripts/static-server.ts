import { createServer, type Server } from 'node:http'
import handler from 'serve-handler'

/** A static file server over `dir` (serve-handler, the engine of the `serve` package). */
export function startStaticServer(dir: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const server = createServer((request, response) =>
    handler(request, response, {
      public: dir,
      // Folders with index.html, as exported: /en/iraq/ → out/en/iraq/index.html
      cleanUrls: true,
      trailingSlash: true,
      directoryListing: false,
    }),
  )
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve(server))
  })
}
