/**
 * The local servers that stand in for an edge host: pages compressed, over HTTP/1.1 and over
 * HTTP/2 with TLS (the Lighthouse bench's `--http2`).
 */
import assert from 'node:assert/strict'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { connect } from 'node:http2'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { gunzipSync } from 'node:zlib'
import { startSecureStaticServer, startStaticServer } from '../../tools/static-server'

const PAGE = `<!DOCTYPE html><html lang="en"><title>Bridge</title><p>${'The bridge reopens. '.repeat(200)}</p></html>`

describe('static servers', () => {
  let dir = ''
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'static-server-'))
    mkdirSync(path.join(dir, 'en', 'bridge'), { recursive: true })
    writeFileSync(path.join(dir, 'en', 'bridge', 'index.html'), PAGE)
    writeFileSync(path.join(dir, '_headers'), '/en/*\n  X-Frame-Options: DENY\n')
  })
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('serves a page folder at its address, gzipped, with the _headers rules, over HTTP/1.1', async () => {
    const server = await startStaticServer(dir, 0)
    const port = (server.address() as { port: number }).port
    const response = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>(
      (resolve, reject) => {
        request({ port, path: '/en/bridge/', headers: { 'accept-encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }))
        })
          .on('error', reject)
          .end()
      },
    )
    server.close()
    assert.equal(response.headers['content-encoding'], 'gzip')
    assert.equal(response.headers['x-frame-options'], 'DENY')
    assert.equal(gunzipSync(response.body).toString(), PAGE)
  })

  it('serves the same over HTTP/2 with a certificate made for the run', async () => {
    const server = await startSecureStaticServer(dir, 0)
    const port = (server.address() as { port: number }).port
    const session = connect(`https://127.0.0.1:${port}`, { rejectUnauthorized: false })
    const { headers, body } = await new Promise<{
      headers: Record<string, unknown>
      body: Buffer
    }>((resolve, reject) => {
      const stream = session.request({ ':path': '/en/bridge/', 'accept-encoding': 'gzip' })
      let headers: Record<string, unknown> = {}
      const chunks: Buffer[] = []
      stream.on('response', (received) => (headers = received))
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => resolve({ headers, body: Buffer.concat(chunks) }))
      stream.on('error', reject)
    })
    session.close()
    server.close()
    assert.equal(headers[':status'], 200)
    assert.equal(headers['content-encoding'], 'gzip')
    assert.equal(gunzipSync(body).toString(), PAGE)
  })
})
