/**
 * A replaced site's addresses (content/old-addresses.txt): read line by line with an error that
 * names the line, merged with an editor's own lines on a re-import, looked up as hosts and the
 * Worker receive them, and written for each host within what it can hold.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  oldAddressesText,
  oldAddressTable,
  oldAddressTarget,
  parseOldAddresses,
} from '../../lib/outputs/old-addresses'
import {
  hostRedirects,
  nginxConf,
  redirectsFile,
  redirectShortfall,
  vercelJson,
  type HostSite,
} from '../../lib/finish/host-files'
import { parseRedirectsFile } from '../../tools/static-server'

describe('the old addresses file', () => {
  it('reads paths (Arabic as letters or escapes) and WordPress’s query forms', () => {
    const { entries, problems } = parseOldAddresses(
      '# comment\n/2019/05/x/ /en/politics/x/\n/%d8%ac%d8%b3%d8%b1 /ar/iraq/جسر/\n/?p=12 /en/politics/x/\n',
    )
    assert.deepEqual(problems, [])
    assert.deepEqual(entries, [
      { from: '/2019/05/x/', to: '/en/politics/x/', line: 2 },
      { from: '/جسر/', to: '/ar/iraq/جسر/', line: 3 },
      { from: '/?p=12', to: '/en/politics/x/', line: 4 },
    ])
  })

  it('names the line and what is wrong with it', () => {
    const { problems } = parseOldAddresses(
      '/a/ /en/a/ extra\n../x/ /en/x/\n/b/ https://elsewhere.example/\n/c/ /en/c/\n/c /en/d/\n/?s=<script> /en/\n/d/$x/ /en/d/\n',
    )
    assert.deepEqual(
      problems.map(({ line, field }) => `${line} ${field}`),
      [
        '1 line',
        '2 old address',
        '3 new address',
        '5 old address',
        '6 old address',
        '7 old address',
      ],
    )
    assert.match(problems[3]?.message ?? '', /also on line 4/)
  })

  it('keeps an editor’s own lines when an import writes the file again, sorted', () => {
    const text = oldAddressesText(
      new Map([
        ['/2019/05/x/', '/en/politics/x/'],
        ['/?p=1', '/en/politics/x/'],
      ]),
      '/editors-own/ /en/pages/about/\n/2019/05/x/ /en/economy/old/\n',
    )
    assert.deepEqual(
      text.split('\n').filter((line) => line && !line.startsWith('#')),
      ['/2019/05/x/ /en/politics/x/', '/?p=1 /en/politics/x/', '/editors-own/ /en/pages/about/'],
    )
  })

  it('finds a request’s page as the Worker and the local server receive it', () => {
    const table = oldAddressTable(
      {
        paths: [{ from: '/2019/05/جسر/', to: '/ar/iraq/جسر/' }],
        queries: [{ name: 'p', value: '12', to: '/en/x/' }],
      },
      '/en/',
    )
    const encoded = encodeURI('/2019/05/جسر/')
    assert.equal(oldAddressTarget(table, encoded, ''), '/ar/iraq/جسر/')
    assert.equal(oldAddressTarget(table, encoded.toLowerCase(), ''), '/ar/iraq/جسر/')
    assert.equal(oldAddressTarget(table, encoded.slice(0, -1), ''), '/ar/iraq/جسر/')
    assert.equal(oldAddressTarget(table, `${encoded}feed/`, ''), '/ar/iraq/جسر/')
    assert.equal(oldAddressTarget(table, `${encoded}amp`, ''), '/ar/iraq/جسر/')
    assert.equal(oldAddressTarget(table, '/', '?p=12'), '/en/x/')
    assert.equal(oldAddressTarget(table, '/', '?p=13'), undefined)
    assert.equal(oldAddressTarget(table, '/%ff/', ''), undefined)
    assert.equal(table.root, '/en/')
  })
})

describe('old addresses on each host', () => {
  const many = (count: number) =>
    Array.from({ length: count }, (_, index) => ({
      from: `/2019/${index}/`,
      to: `/en/politics/s${index}/`,
    }))
  const site: HostSite = {
    defaultEditionPath: '/en/',
    moved: [{ from: '/en/iraq/old/', to: '/en/politics/old/' }],
    oldPaths: [{ from: '/2019/جسر/', to: '/ar/iraq/جسر/' }],
    oldQueries: [{ name: 'p', value: '12', to: '/en/politics/old/' }],
  }

  it('_redirects: each old path as browsers and WordPress escape it, and with feed/ and amp/', () => {
    const rules = parseRedirectsFile(redirectsFile(site, 'cloudflare')).map((rule) => rule.source)
    assert.deepEqual(rules, [
      '/',
      '/en/iraq/old',
      '/2019/جسر',
      '/2019/جسر',
      '/2019/جسر/feed',
      '/2019/جسر/feed',
      '/2019/جسر/amp',
      '/2019/جسر/amp',
    ])
    const froms = hostRedirects(site).map((rule) => rule.from)
    assert.ok(froms.includes(encodeURI('/2019/جسر/')))
    assert.ok(
      froms.includes(encodeURI('/2019/جسر/').replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase())),
    )
    // Cloudflare cannot read a query; Netlify can.
    assert.doesNotMatch(redirectsFile(site, 'cloudflare'), /p=12/)
    assert.match(redirectsFile(site, 'netlify'), /^\/ p=12 \/en\/politics\/old\/ 301$/m)
  })

  it('_redirects holds at most Cloudflare’s 2,000 rules, the most needed first, and says what is left', () => {
    const big: HostSite = { ...site, oldPaths: many(1500) }
    const lines = redirectsFile(big, 'cloudflare').trim().split('\n')
    assert.equal(lines.length, 2000)
    assert.equal(lines[0], '/ /en/ 302')
    assert.equal(lines[1], '/en/iraq/old/ /en/politics/old/ 301')
    assert.deepEqual(redirectShortfall(big, 'cloudflare'), {
      rules: 2 + 1500 * 3 - 2000,
      queries: 1,
    })
    assert.equal(redirectsFile(big, 'netlify').trim().split('\n').length, 1 + 1 + 1 + 1500 * 3)
    assert.deepEqual(redirectShortfall(big, 'nginx'), { rules: 0, queries: 0 })
  })

  it('nginx: one map lookup for paths (feed/, amp/, no slash) and one for WordPress’s queries', () => {
    const conf = nginxConf(site)
    assert.ok(conf.includes(`  "/2019/جسر/" "${encodeURI('/ar/iraq/جسر/')}";`))
    assert.ok(conf.includes(`  "p=12" "/en/politics/old/";`))
    assert.match(
      conf,
      /location = \/ \{ if \(\$newsroom_moved_query\) \{ return 301 \$newsroom_moved_query; \} return 302 \/en\/; \}/,
    )
    assert.match(conf, /~\^\(\?<newsroom_base>\/\.\*\/\)\(\?:feed\|amp\)\/\?\$ \$newsroom_base;/)
  })

  it('vercel.json: the query forms before the root’s own redirect', () => {
    const config = JSON.parse(vercelJson(site)) as {
      redirects: { source: string; has?: unknown[] }[]
    }
    assert.deepEqual(config.redirects[0], {
      source: '/',
      has: [{ type: 'query', key: 'p', value: '12' }],
      destination: '/en/politics/old/',
      permanent: true,
    })
    assert.equal(config.redirects[1]?.source, '/')
  })
})
