/**
 * Content Security Policy for a published page. Next inlines scripts (its RSC payload) that a
 * static host cannot give nonces to, so every HTML page gets a
 * <meta http-equiv="Content-Security-Policy"> listing the SHA-256 hash of each of its own inline
 * scripts and style elements: no 'unsafe-inline' and no 'unsafe-eval'. frame-ancestors cannot be set from
 * a meta tag; it goes in the host's headers (lib/finish/host-files.ts). Pure: the build runs it over the
 * export (build/stages/finish.ts), the Worker over each page it renders (lib/edge/worker-handler.ts).
 */
import { createHash } from 'node:crypto'
import { NEW_UPDATES_SCRIPT } from '../outputs/new-updates-script'
import { EMBED_SCRIPT } from '../outputs/embed-script'
import { EMBED_FRAME_ORIGINS } from '../content/embeds'

/** Inline scripts: a <script> without src. Next escapes "</" inside them, so the first </script> ends one. */
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g

/**
 * The inline scripts the site itself writes: Next's bootstrap and its streamed page data, and
 * JSON-LD (data, never run). The sanitizer keeps every other script out of a page; should one
 * appear anyway, the build stops instead of allowing it by hash.
 */
const SITE_SCRIPTS: readonly { attributes: RegExp; body: RegExp }[] = [
  { attributes: /^$/, body: /^self\.__next_f\.push\(\[/ },
  { attributes: /^$/, body: /^\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(\[/ },
  {
    attributes: /^ id="_R_"$/,
    body: /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(/,
  },
  { attributes: /^ type="application\/ld\+json"$/, body: /^\{"@context":"https:\/\/schema\.org"/ },
  // Speculation Rules (lib/finish/page-html.ts): data for the browser's prerendering, never run.
  { attributes: /^ type="speculationrules"$/, body: /^\{"prerender":\[/ },
  // A live page's island (lib/outputs/new-updates-script.ts), exactly as the site wrote it.
  { attributes: /^$/, body: new RegExp(`^${escapeRegExp(NEW_UPDATES_SCRIPT)}$`) },
  // The script that loads an embed's player when asked (lib/outputs/embed-script.ts).
  { attributes: /^$/, body: new RegExp(`^${escapeRegExp(EMBED_SCRIPT)}$`) },
]

/**
 * The origins of the players a page's embeds may load (data-embed-frame, components/embeds/):
 * only the providers it embeds, each one the provider's known player origin; any other stops
 * the build.
 */
export function frameOrigins(html: string): string[] {
  const origins = new Set<string>()
  for (const match of html.matchAll(/\sdata-embed-frame="([^"]*)"/g)) {
    let origin: string
    try {
      origin = new URL((match[1] ?? '').replace(/&amp;/g, '&')).origin
    } catch {
      origin = ''
    }
    if (!EMBED_FRAME_ORIGINS.includes(origin))
      throw new DisallowedContentError(
        `a player from ${origin || match[1]}, which is no embed provider's: ${match[0]}`,
      )
    origins.add(origin)
  }
  return [...origins].sort()
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Something in a page its policy would not allow: the build stops rather than publish it. */
export class DisallowedContentError extends Error {}

/** Inline style elements: the page's font faces (lib/finish/page-html.ts) and its print base. */
const INLINE_STYLE = /<style(?![^>]*\shref=)[^>]*>([\s\S]*?)<\/style>/g
/** A start tag and its attributes (quoted values may hold anything but their quote). */
const START_TAG =
  /<[a-zA-Z][^\s/>]*((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g
const STYLE_ATTRIBUTE = /\sstyle(?:\s*=|\s|$)/i

/** The first start tag with a style attribute, outside scripts and style elements. */
function styleAttribute(html: string): string | undefined {
  const markup = html.replace(INLINE_SCRIPT, '').replace(INLINE_STYLE, '')
  for (const tag of markup.matchAll(START_TAG))
    if (STYLE_ATTRIBUTE.test(tag[1]?.replace(/"[^"]*"|'[^']*'/g, '""') ?? '')) return tag[0]
  return undefined
}

const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

/**
 * The hashes of a page's inline style elements. A style attribute would need 'unsafe-inline'
 * (hashes cannot allow one): the site writes none, and the build stops on a page that has one
 * rather than publish a page whose policy silently drops it.
 */
export function styleHashes(html: string): string[] {
  const tag = styleAttribute(html)
  if (tag)
    throw new DisallowedContentError(
      `a style attribute, which the page's policy does not allow: ${tag.slice(0, 80)}…`,
    )
  const hashes = new Set<string>()
  for (const match of html.matchAll(INLINE_STYLE)) hashes.add(sha256(match[1] ?? ''))
  return [...hashes]
}

export function scriptHashes(html: string): string[] {
  const hashes = new Set<string>()
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const attributes = match[1] ?? ''
    const body = match[2] ?? ''
    if (!SITE_SCRIPTS.some((shape) => shape.attributes.test(attributes) && shape.body.test(body)))
      throw new DisallowedContentError(
        `an inline script the site did not write: <script${attributes}>${body.slice(0, 60)}…`,
      )
    if (body.length > 0) hashes.add(sha256(body))
  }
  return [...hashes]
}

/** The policy for one page, given the hashes of its inline scripts and style elements. */
export function policyFor(
  hashes: readonly string[],
  styles: readonly string[] = [],
  frames: readonly string[] = [],
): string {
  return [
    "default-src 'self'",
    // Players of the page's embeds, loaded only when the reader asks (docs/embeds.md).
    ...(frames.length > 0 ? [`frame-src ${frames.join(' ')}`] : []),
    // Search (Pagefind) compiles its WebAssembly; 'wasm-unsafe-eval' allows that and no eval().
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
    // The stylesheet, and by hash the page's own style elements (its font faces, its print base).
    `style-src 'self' ${styles.join(' ')}`.trim(),
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
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(scriptHashes(html), styleHashes(html), frameOrigins(html))}"/>`
  const head = /<head(\s[^>]*)?>/.exec(html)
  if (!head) throw new Error('no <head> to put the Content-Security-Policy in')
  const at = head.index + head[0].length
  return html.slice(0, at) + meta + html.slice(at)
}
