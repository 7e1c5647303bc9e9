import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { describe, it } from 'node:test'
import { headersFile } from '../../lib/finish/host-files'
import { policyFor, scriptHashes, styleHashes, withPolicy } from '../../lib/finish/page-policy'

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

describe('Content Security Policy', () => {
  const page =
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><script src="/_next/static/chunks/a.js" async=""></script></head>' +
    '<body><p>Story</p><script>self.__next_f.push([1,"a"])</script><script>self.__next_f.push([1,"a"])</script><script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>'
  const bootstrap = '(self.__next_f=self.__next_f||[]).push([0])'

  it('hashes each distinct inline script and skips external ones', () => {
    assert.deepEqual(scriptHashes(page), [sha('self.__next_f.push([1,"a"])'), sha(bootstrap)])
  })

  it('refuses to allow an inline script the site did not write', () => {
    for (const foreign of [
      '<script>alert(1)</script>',
      '<script>self.__next_f.push=alert</script>',
      '<script type="module">self.__next_f.push([1])</script>',
      '<script type="application/ld+json">alert(1)</script>',
    ]) {
      assert.throws(
        () => scriptHashes(page.replace('<p>Story</p>', foreign)),
        /did not write/,
        foreign,
      )
    }
  })

  it('allows scripts only from the site and by hash: no unsafe-inline, no unsafe-eval', () => {
    const policy = policyFor(scriptHashes(page))
    const scriptSrc =
      policy.split('; ').find((directive) => directive.startsWith('script-src')) ?? ''
    assert.equal(
      scriptSrc,
      `script-src 'self' 'wasm-unsafe-eval' ${sha('self.__next_f.push([1,"a"])')} ${sha(bootstrap)}`,
    )
    assert.doesNotMatch(policy, /'unsafe-eval'/)
    assert.match(policy, /object-src 'none'/)
  })

  it('allows the page’s own style elements by hash, and no inline style besides', () => {
    const styled = page.replace(
      '<p>Story</p>',
      '<style data-font-faces="">@font-face{font-family:A}</style><p title="a style=b">Story</p>',
    )
    const policy = policyFor(scriptHashes(styled), styleHashes(styled))
    assert.ok(policy.includes(`style-src 'self' ${sha('@font-face{font-family:A}')};`), policy)
    assert.doesNotMatch(policy, /'unsafe-inline'/)
    // A style attribute would need 'unsafe-inline': the build stops instead of losing it.
    assert.throws(
      () => styleHashes(styled.replace('<p title', '<p style="color:red" title')),
      /style attribute/,
    )
  })

  it('puts the policy first in the head, before any script', () => {
    const html = withPolicy(page)
    assert.match(
      html,
      /^<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/,
    )
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<script'))
  })

  it('gives hosts the headers a meta tag cannot carry', () => {
    const headers = headersFile()
    for (const expected of [
      "frame-ancestors 'none'",
      'Strict-Transport-Security: max-age=',
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy: strict-origin-when-cross-origin',
      'Permissions-Policy: camera=()',
    ]) {
      assert.ok(headers.includes(expected), expected)
    }
  })

  it('serves pictures with a policy that runs nothing', () => {
    const headers = headersFile()
    for (const folder of ['/media/*', '/images/*']) {
      const rule = headers.split('\n\n').find((block) => block.startsWith(`${folder}\n`)) ?? ''
      assert.match(rule, /Content-Security-Policy: default-src 'none'; sandbox/, folder)
    }
  })
})
