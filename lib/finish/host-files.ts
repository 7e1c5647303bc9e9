/**
 * What each host reads to serve the export as the site means it: the root's redirect to the
 * default edition (a real 302), old addresses (301, lib/outputs/redirects.ts), the 404 page with status
 * 404, the security headers a meta tag cannot carry, and caching (hashed files immutable for a
 * year, pictures and faces long-lived, pages, feeds and sitemaps revalidated on every visit).
 * Pure: the same rules written for Cloudflare and Netlify (`_headers`, `_redirects`), Vercel
 * (`vercel.json`), nginx and an S3 + CloudFront distribution (docs/deploy/). build/stages/hosts.ts
 * writes them.
 */

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

export const CACHE = {
  /** Named by a hash of their bytes: a new version is a new name. */
  immutable: 'public, max-age=31536000, immutable',
  /** Pictures keep their names when an editor replaces one: a week, then checked again. */
  longLived: 'public, max-age=604800, stale-while-revalidate=86400',
  /** Pages, feeds, sitemaps, the search index: asked again on every visit (cheap: 304). */
  revalidate: 'public, max-age=0, must-revalidate',
} as const

/** Folders whose every file is named by its hash. */
export const IMMUTABLE_FOLDERS = ['/_next/static/', '/fonts/'] as const

/** The hosts docs/deploy/ has a guide for. */
export const HOSTS = [
  'cloudflare',
  'netlify',
  'vercel',
  's3-cloudfront',
  'github-pages',
  'nginx',
] as const
export type Host = (typeof HOSTS)[number]

/**
 * Published limits on what one deploy may hold (docs/deploy/ cites them); none known: undefined.
 * Cloudflare (Workers static assets and Pages): 20,000 files on the free plan (100,000 paid),
 * 25 MiB per file. GitHub Pages: 100 MB per file (and 1 GB per site).
 */
export const HOST_LIMITS: Record<Host, { maxFiles?: number; maxFileBytes?: number }> = {
  cloudflare: { maxFiles: 20_000, maxFileBytes: 25 * 1024 * 1024 },
  netlify: {},
  vercel: {},
  's3-cloudfront': {},
  'github-pages': { maxFileBytes: 100 * 1000 * 1000 },
  nginx: {},
}

export type ExportSize = { files: number; largest: { file: string; bytes: number } }

/** What to say of an export's size against a host's limits: warnings from 90 % of a limit. */
export function hostLimitWarnings(
  size: ExportSize,
  host: Host,
  overrides: { maxFiles?: number | undefined; maxFileBytes?: number | undefined } = {},
): string[] {
  const limits = { ...HOST_LIMITS[host], ...definedOnly(overrides) }
  const warnings: string[] = []
  const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`
  if (limits.maxFiles !== undefined && size.files >= limits.maxFiles * 0.9)
    warnings.push(
      `${size.files.toLocaleString('en')} files: ${host} takes at most ${limits.maxFiles.toLocaleString('en')} in one deploy${size.files > limits.maxFiles ? ' — this deploy will be refused' : ''} (docs/deploy/${host}.md)`,
    )
  if (limits.maxFileBytes !== undefined && size.largest.bytes >= limits.maxFileBytes * 0.9)
    warnings.push(
      `${size.largest.file} is ${mib(size.largest.bytes)}: ${host} takes files up to ${mib(limits.maxFileBytes)}${size.largest.bytes > limits.maxFileBytes ? ' — this deploy will be refused' : ''}`,
    )
  return warnings
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, entry]) => entry !== undefined),
  ) as Partial<T>
}

export type HostRedirect = { from: string; to: string; status: 301 | 302 }

export type HostSite = {
  /** `/en/`: where `/` sends readers */
  defaultEditionPath: string
  /** Old addresses of stories (aliases, moves), site paths as readers see them */
  moved: readonly { from: string; to: string }[]
}

/** Every redirect, in the form hosts match requests: percent-encoded paths. */
export function hostRedirects({ defaultEditionPath, moved }: HostSite): HostRedirect[] {
  return [
    { from: '/', to: defaultEditionPath, status: 302 },
    ...moved.map(({ from, to }) => ({
      from: encodeURI(from),
      to: encodeURI(to),
      status: 301 as const,
    })),
  ]
}

/** `_headers` (Cloudflare Pages and Workers static assets, Netlify). */
export function headersFile(): string {
  const security = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`)
  return [
    // Unmatched files get the host's default, which is to revalidate (max-age=0, must-revalidate).
    '/*',
    ...security,
    '',
    ...IMMUTABLE_FOLDERS.flatMap((folder) => [
      `${folder}*`,
      `  Cache-Control: ${CACHE.immutable}`,
      '',
    ]),
    ...MEDIA_FOLDERS.flatMap((folder) => [
      `${folder}*`,
      `  Content-Security-Policy: ${MEDIA_POLICY}`,
      `  Cache-Control: ${CACHE.longLived}`,
      '',
    ]),
  ].join('\n')
}

/** `_redirects` (Cloudflare, Netlify): `from to status`, first match wins. */
export function redirectsFile(site: HostSite): string {
  return `${hostRedirects(site)
    .map(({ from, to, status }) => `${from} ${to} ${status}`)
    .join('\n')}\n`
}

/**
 * `vercel.json`, for `vercel deploy` run inside out/ (Vercel reads it from the folder it deploys).
 * Vercel serves 404.html for a missing path with status 404 by itself.
 */
export function vercelJson(site: HostSite): string {
  const config = {
    $schema: 'https://openapi.vercel.sh/vercel.json',
    cleanUrls: false,
    trailingSlash: true,
    redirects: hostRedirects(site).map(({ from, to, status }) => ({
      source: from,
      destination: to,
      permanent: status === 301,
    })),
    headers: [
      {
        source: '/(.*)',
        headers: [
          ...Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
          { key: 'Cache-Control', value: CACHE.revalidate },
        ],
      },
      ...IMMUTABLE_FOLDERS.map((folder) => ({
        source: `${folder}(.*)`,
        headers: [{ key: 'Cache-Control', value: CACHE.immutable }],
      })),
      ...MEDIA_FOLDERS.map((folder) => ({
        source: `${folder}(.*)`,
        headers: [
          { key: 'Content-Security-Policy', value: MEDIA_POLICY },
          { key: 'Cache-Control', value: CACHE.longLived },
        ],
      })),
    ],
  }
  return `${JSON.stringify(config, null, 2)}\n`
}

const nginxHeaders = (headers: Record<string, string>, indent: string) =>
  Object.entries(headers)
    .map(([name, value]) => `${indent}add_header ${name} "${value}" always;`)
    .join('\n')

/**
 * An nginx server block for the export. nginx does not repeat a server's `add_header` lines in a
 * location that has its own, so each location says every header it needs.
 */
export function nginxConf(site: HostSite, root = '/srv/newsroom/out'): string {
  const security = nginxHeaders(SECURITY_HEADERS, '    ')
  // nginx matches locations against the decoded path: an Arabic address is written as its letters.
  const moved = site.moved.map(
    ({ from, to }) => `  location = ${from} { return 301 ${encodeURI(to)}; }`,
  )
  return `# Written by npm run build (lib/finish/host-files.ts): the export served by nginx.
# Put TLS (listen 443 ssl http2; ssl_certificate …) in front as your setup does.
server {
  listen 80;
  server_name _;
  root ${root};
  charset utf-8;
  # Folders are addresses: /en/iraq/ is /en/iraq/index.html; the 404 page with status 404.
  index index.html;
  error_page 404 /404.html;
  gzip on;
  gzip_types text/css application/javascript application/json application/xml application/rss+xml application/atom+xml image/svg+xml;

  location = / { return 302 ${site.defaultEditionPath}; }
${moved.map((line) => `${line}\n`).join('')}
  location / {
    try_files $uri $uri/ =404;
${security}
    add_header Cache-Control "${CACHE.revalidate}" always;
  }
${IMMUTABLE_FOLDERS.map(
  (folder) => `
  location ^~ ${folder} {
${security}
    add_header Cache-Control "${CACHE.immutable}" always;
  }`,
).join('')}
${MEDIA_FOLDERS.map(
  (folder) => `
  location ^~ ${folder} {
${nginxHeaders({ ...SECURITY_HEADERS, 'Content-Security-Policy': MEDIA_POLICY }, '    ')}
    add_header Cache-Control "${CACHE.longLived}" always;
  }`,
).join('')}
}
`
}

/**
 * A CloudFront Function (viewer request) for an S3 origin: S3 knows no folder index, root
 * redirect or old addresses. The headers go in a response headers policy (docs/deploy/).
 */
export function cloudfrontFunction(site: HostSite): string {
  const redirects = Object.fromEntries(
    hostRedirects(site).map(({ from, to, status }) => [from, { to, status }]),
  )
  return `// Written by npm run build (lib/finish/host-files.ts): CloudFront Function, viewer request.
var REDIRECTS = ${JSON.stringify(redirects, null, 2)};

function handler(event) {
  var request = event.request;
  var uri = request.uri;
  var redirect = REDIRECTS[uri] || REDIRECTS[uri + '/'];
  if (redirect) {
    return {
      statusCode: redirect.status,
      statusDescription: redirect.status === 301 ? 'Moved Permanently' : 'Found',
      headers: { location: { value: redirect.to }, 'cache-control': { value: '${CACHE.revalidate}' } },
    };
  }
  // Folders are addresses: /en/iraq/ → /en/iraq/index.html; /en/iraq → /en/iraq/
  if (uri.endsWith('/')) request.uri = uri + 'index.html';
  else if (uri.lastIndexOf('.') < uri.lastIndexOf('/'))
    return { statusCode: 301, statusDescription: 'Moved Permanently', headers: { location: { value: uri + '/' } } };
  return request;
}
`
}
