/**
 * What each host reads to serve the export as the site means it: the root's redirect to the
 * default edition (a real 302), old addresses (301, lib/outputs/redirects.ts), the 404 page with status
 * 404, the security headers a meta tag cannot carry, and caching (hashed files immutable for a
 * year, pictures and faces long-lived, pages, feeds and sitemaps revalidated on every visit).
 * Pure: the same rules written for Cloudflare and Netlify (`_headers`, `_redirects`), Vercel
 * (`vercel.json`), nginx and an S3 + CloudFront distribution (docs/deploy/). build/stages/hosts.ts
 * writes them.
 */
import { OLD_ADDRESS_VARIANTS } from '../site/routes'

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
  /**
   * Paths of the site this one replaced (content/old-addresses.txt): each also answered with
   * `feed/` and `amp/` after it, as WordPress served them.
   */
  oldPaths?: readonly { from: string; to: string }[]
  /** WordPress's `/?p=123` and `/?page_id=7`, answered by the hosts that read a query */
  oldQueries?: readonly { name: string; value: string; to: string }[]
}

/** The static rules a host's redirect file holds (Cloudflare: 2,000; docs/deploy/cloudflare.md). */
export const REDIRECT_RULE_LIMITS: Partial<Record<Host, number>> = { cloudflare: 2000 }

/** `/ar/جسر/` as browsers send it (`%D8%AC…`) and as WordPress wrote its links (`%d8%ac…`). */
function encodedForms(address: string): string[] {
  const upper = encodeURI(address)
  const lower = upper.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase())
  return upper === lower ? [upper] : [upper, lower]
}

/** Old paths with the variants WordPress answered at each (`feed/`, `amp/`). */
function oldPathVariants(site: HostSite): { from: string; to: string }[] {
  return (site.oldPaths ?? []).flatMap(({ from, to }) =>
    OLD_ADDRESS_VARIANTS.map((variant) => ({ from: `${from}${variant}`, to })),
  )
}

/**
 * Every redirect, in the form hosts match requests (percent-encoded paths), most needed first:
 * a host that holds fewer rules keeps the root, the site's own moves and the old site's pages.
 */
export function hostRedirects(site: HostSite): HostRedirect[] {
  const permanent = ({ from, to }: { from: string; to: string }) =>
    encodedForms(from).map((form) => ({ from: form, to: encodeURI(to), status: 301 as const }))
  return [
    { from: '/', to: site.defaultEditionPath, status: 302 },
    ...site.moved.map(({ from, to }) => ({
      from: encodeURI(from),
      to: encodeURI(to),
      status: 301 as const,
    })),
    ...(site.oldPaths ?? []).flatMap(permanent),
    ...oldPathVariants(site).flatMap(permanent),
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

/**
 * `_redirects` (Cloudflare, Netlify): `from to status`, first match wins; at most `limit` rules
 * (the host's), the most needed first (hostRedirects). Netlify also reads a query
 * (`/ p=123 /en/x/ 301`); Cloudflare does not, so those lines are written for Netlify only.
 */
export function redirectsFile(site: HostSite, host?: Host): string {
  const limit = host === undefined ? undefined : REDIRECT_RULE_LIMITS[host]
  const queries =
    host === 'netlify'
      ? (site.oldQueries ?? []).map(
          ({ name, value, to }) => `/ ${name}=${value} ${encodeURI(to)} 301`,
        )
      : []
  const rules = hostRedirects(site)
    .slice(0, limit)
    .map(({ from, to, status }) => `${from} ${to} ${status}`)
  return `${[...queries, ...rules].join('\n')}\n`
}

/** What a host's redirect file leaves out: rules past its limit, and the queries it cannot read. */
export function redirectShortfall(site: HostSite, host: Host): { rules: number; queries: number } {
  const limit = REDIRECT_RULE_LIMITS[host]
  const total = hostRedirects(site).length
  const queries = ['cloudflare', 'github-pages'].includes(host) ? (site.oldQueries ?? []).length : 0
  return { rules: limit === undefined ? 0 : Math.max(0, total - limit), queries }
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
    redirects: [
      // Before the root's own redirect: Vercel takes the first rule that matches.
      ...(site.oldQueries ?? []).map(({ name, value, to }) => ({
        source: '/',
        has: [{ type: 'query', key: name, value }],
        destination: encodeURI(to),
        permanent: true,
      })),
      ...hostRedirects(site).map(({ from, to, status }) => ({
        source: from,
        destination: to,
        permanent: status === 301,
      })),
    ],
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

/** A string nginx reads as it is (old addresses hold no quote, backslash or `$`: lib/outputs/old-addresses.ts). */
const nginxString = (text: string) => `"${text}"`
/** An address nginx sends on: percent-encoded, and nothing in it nginx would read as a variable. */
const nginxLocation = (address: string) => encodeURI(address).replace(/\$/g, '%24')

/**
 * The old addresses as nginx maps, matched on the decoded path (an Arabic address as its
 * letters), with or without its trailing slash and with `feed/` or `amp/` after it: one lookup
 * per request, however many there are. Maps live beside the server block (the http level).
 */
function nginxMaps(site: HostSite): string {
  const paths = [...site.moved, ...(site.oldPaths ?? [])]
  const queries = site.oldQueries ?? []
  if (paths.length === 0 && queries.length === 0) return ''
  const keys = [...paths.map(({ from }) => from), ...queries.map((q) => `${q.name}=${q.value}`)]
  const longest = Math.max(...keys.map((key) => Buffer.byteLength(key) + 16))
  // nginx's default bucket (64 bytes) is too small for long Arabic addresses.
  const bucket = 2 ** Math.ceil(Math.log2(Math.max(64, longest)))
  const variants = OLD_ADDRESS_VARIANTS.map((variant) => variant.replace('/', '')).join('|')
  return `# Old addresses (301), looked up once per request (lib/finish/host-files.ts).
map_hash_bucket_size ${bucket};
map_hash_max_size ${Math.max(2048, 2 ** Math.ceil(Math.log2(keys.length * 2 || 1)))};
map $uri $newsroom_old_path {
  ~^(?<newsroom_base>/.*/)(?:${variants})/?$ $newsroom_base;
  ~^(?<newsroom_bare>/.*[^/])$ $newsroom_bare/;
  default $uri;
}
map $newsroom_old_path $newsroom_moved {
${paths.map(({ from, to }) => `  ${nginxString(from)} ${nginxString(nginxLocation(to))};`).join('\n')}
}
map $args $newsroom_moved_query {
${queries.map(({ name, value, to }) => `  ${nginxString(`${name}=${value}`)} ${nginxString(nginxLocation(to))};`).join('\n')}
}
`
}

/**
 * An nginx server block for the export (with the maps of the old addresses before it). nginx
 * does not repeat a server's `add_header` lines in a location that has its own, so each
 * location says every header it needs.
 */
export function nginxConf(site: HostSite, root = '/srv/newsroom/out'): string {
  const security = nginxHeaders(SECURITY_HEADERS, '    ')
  const maps = nginxMaps(site)
  const root302 = `return 302 ${site.defaultEditionPath};`
  return `# Written by npm run build (lib/finish/host-files.ts): the export served by nginx.
# Put TLS (listen 443 ssl http2; ssl_certificate …) in front as your setup does.
${maps}server {
  listen 80;
  server_name _;
  root ${root};
  charset utf-8;
  # Folders are addresses: /en/iraq/ is /en/iraq/index.html; the 404 page with status 404.
  index index.html;
  error_page 404 /404.html;
  gzip on;
  gzip_types text/css application/javascript application/json application/xml application/rss+xml application/atom+xml image/svg+xml;
${maps ? '\n  if ($newsroom_moved) { return 301 $newsroom_moved; }\n' : ''}
  location = / {${maps ? ' if ($newsroom_moved_query) { return 301 $newsroom_moved_query; }' : ''} ${root302} }

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
  const queries: Record<string, Record<string, string>> = {}
  for (const { name, value, to } of site.oldQueries ?? [])
    (queries[name] ??= {})[value] = encodeURI(to)
  return `// Written by npm run build (lib/finish/host-files.ts): CloudFront Function, viewer request.
var REDIRECTS = ${JSON.stringify(redirects, null, 2)};
var QUERIES = ${JSON.stringify(queries, null, 2)};

function handler(event) {
  var request = event.request;
  var uri = request.uri;
  var query = request.querystring || {};
  var redirect = REDIRECTS[uri] || REDIRECTS[uri + '/'];
  if (uri === '/') {
    for (var name in QUERIES) {
      var value = query[name] && query[name].value;
      if (value && QUERIES[name][value]) redirect = { to: QUERIES[name][value], status: 301 };
    }
  }
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
