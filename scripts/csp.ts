/**
 * Content Security Policy for a static export. Next inlines scripts (its RSC payload) that a
 * static host cannot give nonces to, so after the build every HTML page gets a
 * <meta http-equiv="Content-Security-Policy"> listing the SHA-256 hash of each of its own inline
 * scripts: no 'unsafe-inline' and no 'unsafe-eval' for scripts. frame-ancestors cannot be set from
 * a meta tag; it goes in the host's headers (see headers.ts).
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Inline scripts: a <script> without src. Next escapes "</" inside them, so the first </script> ends one. */
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g

export function scriptHashes(html: string): string[] {
  const hashes = new Set<string>()
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const body = match[1] ?? ''
    if (body.length > 0)
      hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`)
  }
  return [...hashes]
}

/** The policy for one page, given the hashes of its inline scripts. */
export function policyFor(hashes: readonly string[]): string {
  return [
    "default-src 'self'",
    // Search (Pagefind) compiles its WebAssembly; 'wasm-unsafe-eval' allows that and no eval().
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
    // Tailwind ships a stylesheet, but React writes a few style attributes (and the print base URL).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
}

/** Puts the policy first in <head>, before any script can run. */
export function withPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(scriptHashes(html))}"/>`
  const head = /<head(\s[^>]*)?>/.exec(html)
  if (!head) throw new Error('no <head> to put the Content-Security-Policy in')
  const at = head.index + head[0].length
  return html.slice(0, at) + meta + html.slice(at)
}

/** Adds the policy to every HTML page under `dir`; returns how many pages it wrote. */
export function addPolicies(dir: string): number {
  let pages = 0
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue
    const full = path.join(dir, file)
    writeFileSync(full, withPolicy(readFileSync(full, 'utf8')))
    pages += 1
  }
  return pages
}
