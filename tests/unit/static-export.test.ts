/**
 * The site is a folder of static files: no server, middleware, server actions or request data.
 * These guards fail the moment a change would make the export need a server (and with it the
 * advisories that only apply to one).
 */
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import nextConfig from '../../next.config'

const ROOT = path.resolve(import.meta.dirname, '..', '..')
const appFiles = readdirSync(path.join(ROOT, 'app'), { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(ts|tsx)$/.test(file))
  .map((file) => ({
    file: `app/${file}`,
    text: readFileSync(path.join(ROOT, 'app', file), 'utf8'),
  }))

describe('static export', () => {
  it('is configured as a static export with trailing-slash folders', () => {
    assert.equal(nextConfig.output, 'export')
    assert.equal(nextConfig.trailingSlash, true)
  })

  it('has no middleware or proxy, which a static host cannot run', () => {
    for (const name of ['middleware.ts', 'middleware.js', 'proxy.ts', 'proxy.js']) {
      assert.equal(existsSync(path.join(ROOT, name)), false, name)
    }
  })

  it('has no route that reads the request or runs on the server after the build', () => {
    const findings = appFiles.flatMap(({ file, text }) =>
      [
        /from ['"]next\/headers['"]/,
        /\bsearchParams\b/,
        /['"]use server['"]/,
        /\bdraftMode\b/,
        /export const dynamic = ['"](?!force-static)/,
        /export const revalidate\b/,
      ]
        .filter((pattern) => pattern.test(text))
        .map((pattern) => `${file}: ${pattern}`),
    )
    assert.deepEqual(findings, [])
  })

  it('refuses unknown parameters on every dynamic route', () => {
    const dynamicPages = appFiles.filter(({ file }) => file.endsWith(']/page.tsx'))
    // The edition layout sets it for its own segment, which app/[edition]/page.tsx shares.
    const open = [
      ...dynamicPages,
      ...appFiles.filter(({ file }) => file === 'app/[edition]/layout.tsx'),
    ]
      .filter(({ file }) => file !== 'app/[edition]/page.tsx')
      .filter(({ text }) => !/export const dynamicParams = false/.test(text))
      .map(({ file }) => file)
    assert.deepEqual(open, [])
    assert.ok(dynamicPages.length >= 8, `found ${dynamicPages.length} dynamic pages`)
  })
})
