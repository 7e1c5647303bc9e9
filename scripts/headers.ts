/**
 * Security headers for the static hosts that read a headers file (Netlify, Cloudflare Pages):
 * out/_headers. The README shows the same headers for nginx. The page-specific script policy is
 * in each page's meta tag (csp.ts); the header adds what a meta tag cannot carry.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
}

/**
 * Pictures (content images published under /media/, the site's own under /images/) are never
 * pages: opened on their own, even a file that holds script runs nothing and reaches nothing.
 */
export const MEDIA_FOLDERS = ['/media/', '/images/'] as const
export const MEDIA_POLICY = "default-src 'none'; sandbox"

export function headersFile(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`)
  return [
    '/*',
    ...lines,
    '',
    '/_next/static/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
    ...MEDIA_FOLDERS.flatMap((folder) => [
      `${folder}*`,
      `  Content-Security-Policy: ${MEDIA_POLICY}`,
      '',
    ]),
  ].join('\n')
}

export function writeHeaders(dir: string): void {
  writeFileSync(path.join(dir, '_headers'), headersFile())
}
