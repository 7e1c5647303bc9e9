import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { runInNewContext } from 'node:vm'
import {
  CACHE,
  cloudfrontFunction,
  headersFile,
  hostLimitWarnings,
  nginxConf,
  redirectsFile,
  vercelJson,
  type HostSite,
} from '../../lib/finish/host-files'
import { parseRedirectsFile } from '../../tools/static-server'
import { REPO } from '../support/workspace'

const site: HostSite = {
  defaultEditionPath: '/en/',
  moved: [{ from: '/ar/iraq/جسر/', to: '/ar/local-news/جسر/' }],
}
const JISR = encodeURI('/ar/iraq/جسر/')

describe('host files', () => {
  it('_redirects: the root’s 302 first, then old addresses, percent-encoded', () => {
    assert.equal(
      redirectsFile(site),
      `/ /en/ 302\n${JISR} ${encodeURI('/ar/local-news/جسر/')} 301\n`,
    )
    // The local static server reads the same file (decoded, as it matches paths).
    assert.deepEqual(parseRedirectsFile(redirectsFile(site))[1], {
      source: '/ar/iraq/جسر',
      destination: '/ar/local-news/جسر/',
      type: 301,
    })
  })

  it('_headers: hashed folders immutable, pictures long-lived and inert', () => {
    const headers = headersFile()
    assert.match(
      headers,
      /\/_next\/static\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/,
    )
    assert.match(headers, /\/fonts\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/)
    assert.match(
      headers,
      /\/media\/\*\n {2}Content-Security-Policy: default-src 'none'; sandbox\n {2}Cache-Control: public, max-age=604800/,
    )
  })

  it('vercel.json: the same redirects and headers', () => {
    const config = JSON.parse(vercelJson(site)) as {
      trailingSlash: boolean
      redirects: { source: string; destination: string; permanent: boolean }[]
      headers: { source: string; headers: { key: string; value: string }[] }[]
    }
    assert.equal(config.trailingSlash, true)
    assert.deepEqual(config.redirects[0], { source: '/', destination: '/en/', permanent: false })
    assert.equal(config.redirects[1]?.permanent, true)
    const immutable = config.headers.find((rule) => rule.source === '/_next/static/(.*)')
    assert.deepEqual(immutable?.headers, [{ key: 'Cache-Control', value: CACHE.immutable }])
  })

  it('nginx: root redirect, old addresses, 404 page, headers repeated in every location', () => {
    const conf = nginxConf(site)
    assert.match(conf, /location = \/ \{.*return 302 \/en\/; \}/)
    // nginx matches the decoded path: the old address is written as its letters, in a map.
    assert.ok(conf.includes(`  "/ar/iraq/جسر/" "${encodeURI('/ar/local-news/جسر/')}";`))
    assert.match(conf, /\n {2}if \(\$newsroom_moved\) \{ return 301 \$newsroom_moved; \}\n/)
    assert.ok(
      nginxConf({ defaultEditionPath: '/en/', moved: [] }).includes(
        'location = / { return 302 /en/; }',
      ),
    )
    assert.match(conf, /error_page 404 \/404\.html;/)
    const locations = conf
      .split('location ')
      .slice(1)
      .filter((block) => block.includes('add_header'))
    assert.ok(locations.length >= 5)
    for (const block of locations) assert.match(block, /Strict-Transport-Security/)
  })

  it('the CloudFront function redirects, finds folder indexes and adds slashes', () => {
    const run = (uri: string) =>
      runInNewContext(
        `${cloudfrontFunction(site)}\nhandler({ request: { uri: ${JSON.stringify(uri)} } })`,
      ) as {
        uri?: string
        statusCode?: number
        headers?: { location: { value: string } }
      }
    assert.equal(run('/').statusCode, 302)
    assert.equal(run('/').headers?.location.value, '/en/')
    assert.equal(run(JISR).statusCode, 301)
    assert.equal(run('/en/iraq/').uri, '/en/iraq/index.html')
    assert.equal(run('/en/iraq').headers?.location.value, '/en/iraq/')
    assert.equal(run('/fonts/a.woff2').uri, '/fonts/a.woff2')
  })

  it('warns from 90 % of a host’s limits, says when a deploy would be refused, takes overrides', () => {
    const size = (files: number, bytes: number) => ({
      files,
      largest: { file: 'sitemap.xml', bytes },
    })
    assert.deepEqual(hostLimitWarnings(size(17_000, 1024), 'cloudflare'), [])
    assert.match(
      hostLimitWarnings(size(18_500, 1024), 'cloudflare')[0] ?? '',
      /^18,500 files: cloudflare takes at most 20,000 in one deploy \(/,
    )
    assert.match(hostLimitWarnings(size(20_001, 1024), 'cloudflare')[0] ?? '', /will be refused/)
    assert.deepEqual(hostLimitWarnings(size(20_001, 1024), 'cloudflare', { maxFiles: 100_000 }), [])
    assert.match(
      hostLimitWarnings(size(10, 26 * 1024 * 1024), 'cloudflare')[0] ?? '',
      /^sitemap\.xml is 26\.0 MiB: cloudflare takes files up to 25\.0 MiB — this deploy will be refused$/,
    )
    assert.deepEqual(hostLimitWarnings(size(1_000_000, 1), 'nginx'), [])
  })

  it('docs/deploy holds what the build writes for the sample newsroom', () => {
    const sample: HostSite = { defaultEditionPath: '/en/', moved: [] }
    const deploy = path.join(REPO, 'docs', 'deploy')
    assert.equal(readFileSync(path.join(deploy, 'nginx.conf'), 'utf8'), nginxConf(sample))
    assert.equal(
      readFileSync(path.join(deploy, 'cloudfront-function.js'), 'utf8'),
      cloudfrontFunction(sample),
    )
  })
})
