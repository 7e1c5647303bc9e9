/**
 * The site is a folder of static files: no server, middleware, server actions or request data.
 * These guards fail the moment a change would make the export need a server (and with it the
 * advisories that only apply to one).
 */
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import type { NextConfig } from 'next'
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants'
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
    assert.equal(nextConfig(PHASE_PRODUCTION_BUILD).output, 'export')
    assert.equal(nextConfig(PHASE_PRODUCTION_BUILD).trailingSlash, true)
  })

  it('leaves the output unset for the preview, whose dev server answers unknown addresses with 500 under export', () => {
    // Under `output: 'export'`, `next dev` throws for an address missing from
    // generateStaticParams whenever its cached params were just dropped (tests/preview/).
    assert.equal(nextConfig(PHASE_DEVELOPMENT_SERVER).output, undefined)
    assert.equal(nextConfig(PHASE_DEVELOPMENT_SERVER).trailingSlash, true)
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

  it('refuses unknown parameters on every dynamic route of the export', () => {
    const dynamicPages = appFiles.filter(({ file }) => file.endsWith(']/page.static.tsx'))
    // The edition layout sets it for its own segment, which the edition's front and search share.
    const open = [
      ...dynamicPages,
      ...appFiles.filter(({ file }) => file === 'app/[edition]/layout.static.tsx'),
    ]
      .filter(({ file }) => file !== 'app/[edition]/page.static.tsx')
      .filter(({ text }) => !/export const dynamicParams = false/.test(text))
      .map(({ file }) => file)
    assert.deepEqual(open, [])
    assert.ok(dynamicPages.length >= 8, `found ${dynamicPages.length} dynamic pages`)
  })
})

describe('the Worker of edge mode (archive: edge)', () => {
  const edgePages = appFiles.filter(({ file }) => file.endsWith('/page.edge.tsx'))

  it('renders stories and listings from the same route code as the export', () => {
    const pairs = edgePages.map(({ file }) => file.replace('.edge.tsx', '.static.tsx'))
    assert.equal(edgePages.length, 7)
    for (const file of pairs)
      assert.ok(
        appFiles.some((candidate) => candidate.file === file),
        `${file} is missing: each page.edge.tsx renders what its page.static.tsx exports`,
      )
    for (const { file, text } of edgePages) {
      assert.match(text, /export const dynamicParams = true/, file)
      assert.match(text, /from '@\/lib\/edge\/worker-reader'/, file)
    }
  })

  it('lists the route files without a target suffix, which go into both builds', () => {
    // Next's special files in app/ that neither pageExtensions list excludes (decision 001).
    const special =
      /(^|\/)(page|layout|route|not-found|error|loading|template|default|robots|sitemap)\.tsx?$/
    assert.deepEqual(
      appFiles
        .map(({ file }) => file)
        .filter((file) => special.test(file))
        .sort(),
      ['app/layout.tsx', 'app/not-found.tsx', 'app/robots.ts'],
    )
  })

  it('never brings the content into the Worker: its routes read the records only', () => {
    const shared = [
      'app/[edition]/page-routes.tsx',
      'app/[edition]/edition-layout.tsx',
      'app/layout.tsx',
    ]
    const readers = appFiles
      .filter(({ file }) => file.endsWith('.edge.tsx') || shared.includes(file))
      .filter(({ text }) => /@\/lib\/content\/export-reader['"]|contentlayer\/generated/.test(text))
      .map(({ file }) => file)
    assert.deepEqual(readers, [])
  })

  it('is built without the export and with the edge routes', async () => {
    process.env.NEWSROOM_TARGET = 'worker'
    try {
      // A second copy of the module, evaluated with the Worker's environment.
      const copy = '../../next.config.ts?worker'
      const config = (await import(copy)) as { default: (phase: string) => NextConfig }
      const workerConfig = config.default(PHASE_PRODUCTION_BUILD)
      assert.equal(workerConfig.output, 'standalone')
      assert.deepEqual(workerConfig.pageExtensions?.slice(0, 2), ['edge.tsx', 'edge.ts'])
      assert.equal(workerConfig.trailingSlash, true)
      assert.match(String(workerConfig.env?.NEWSROOM_SITE_YAML), /^name: /m)
    } finally {
      delete process.env.NEWSROOM_TARGET
    }
  })
})
