/**
 * The web admin at /admin/: Sveltia CMS from our own files (node_modules/@sveltia/cms, its npm
 * build, whose fonts come with it: nothing from a CDN), a page with its own Content Security
 * Policy and `noindex`, and config.yml generated from the content schema (build/admin-config.ts).
 * It is not a page of the site: no search entry, no sitemap or feed line, no framework.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { stringify } from 'yaml'
import { adminConfig, type AdminSettings, type RunningLivePage } from '../admin-config'
import { ADMIN_PATH } from '../../lib/site/routes'
import { CONTENT_SCHEMA } from '../content/content-schema'

const ADMIN_DIR = ADMIN_PATH
const SVELTIA = path.join('node_modules', '@sveltia', 'cms')
const CDN_FONT =
  /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g

/**
 * Sveltia's stylesheet names its three faces on a CDN; its npm build ships the same files in
 * assets/. The copy served here points at those, so the admin loads nothing from another site.
 * An upgrade that renames them fails the build here rather than loading fonts from a CDN.
 */
export function withOwnFonts(code: string, assets: readonly string[], assetsUrl: string): string {
  return code.replace(CDN_FONT, (url, family: string, file: string) => {
    const own = assets.find(
      (asset) => asset.startsWith(`${family}-${file}-`) && asset.endsWith('.woff2'),
    )
    if (!own) throw new Error(`Sveltia CMS loads ${url}, and its package has no such file`)
    return `${assetsUrl}/${own}`
  })
}

/**
 * What the admin needs and the reading pages forbid: its own scripts and WebAssembly image
 * encoder, the styles Svelte writes at run time, blob: pictures and workers, and GitHub's API
 * (plus the sign-in service, when one is configured). Nothing else.
 */
const LOCALE_IMPORT = /import\(`\.\.\/locales\/([A-Za-z-]+)\.json`\)/g

/**
 * The npm build imports its interface languages as JSON modules, which a bundler turns into
 * script; a browser refuses a .json file as a module. They are served as .js modules instead.
 */
export function withLocaleModules(code: string): string {
  let found = 0
  const rewritten = code.replace(LOCALE_IMPORT, (_match, locale: string) => {
    found += 1
    return `import(\`../locales/${locale}.js\`)`
  })
  if (found === 0)
    throw new Error('Sveltia CMS no longer loads ../locales/*.json: check build/stages/admin.ts')
  return rewritten
}

export function adminPolicy(authUrl?: string): string {
  const signIn = authUrl ? ` ${new URL(authUrl).origin}` : ''
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data: https://avatars.githubusercontent.com",
    "font-src 'self' data:",
    // githubstatus.com: the admin warns editors when GitHub itself is down.
    `connect-src 'self' blob: data: https://api.github.com https://github.com https://www.githubstatus.com${signIn}`,
    "worker-src 'self' blob:",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ')
}

export function adminPage(authUrl?: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Security-Policy" content="${adminPolicy(authUrl)}">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Newsroom admin</title>
<link href="/${ADMIN_DIR}/config.yml" type="application/yaml" rel="cms-config-url">
</head>
<body>
<script type="module" src="/${ADMIN_DIR}/start.js"></script>
</body>
</html>
`
}

const START = `// Starts Sveltia CMS (its npm build, served from this folder) with ./config.yml.
import CMS from './sveltia/index.js'

CMS.init()
`

export function writeAdmin(
  dir: string,
  root: string,
  {
    editions,
    admin,
    timeZone,
    livePages,
  }: {
    editions: readonly { code: string; language: string }[]
    admin: AdminSettings
    timeZone: string
    livePages: readonly RunningLivePage[]
  },
): void {
  const target = path.join(dir, ADMIN_DIR)
  mkdirSync(target, { recursive: true })
  // The npm build without its source maps (9 MB no editor needs), and its interface languages
  // (Arabic among them), which it loads from ../locales/.
  const sveltia = path.join(target, 'sveltia')
  cpSync(path.join(root, SVELTIA, 'npm'), sveltia, {
    recursive: true,
    filter: (source) => !source.endsWith('.map'),
  })
  const locales = path.join(root, SVELTIA, 'locales')
  mkdirSync(path.join(target, 'locales'), { recursive: true })
  for (const file of readdirSync(locales).filter((name) => name.endsWith('.json')))
    writeFileSync(
      path.join(target, 'locales', file.replace(/\.json$/, '.js')),
      `export default ${readFileSync(path.join(locales, file), 'utf8').trim()}\n`,
    )
  const entry = path.join(sveltia, 'index.js')
  const assets = readdirSync(path.join(sveltia, 'assets'))
  writeFileSync(
    entry,
    withLocaleModules(
      withOwnFonts(readFileSync(entry, 'utf8'), assets, `/${ADMIN_DIR}/sveltia/assets`),
    ),
  )
  writeFileSync(path.join(target, 'index.html'), adminPage(admin.authUrl))
  writeFileSync(path.join(target, 'start.js'), START)
  writeFileSync(
    path.join(target, 'config.yml'),
    `# Written by npm run build from contentlayer.config.ts and content/site.yml: edit those.\n${stringify(
      adminConfig(CONTENT_SCHEMA, { editions, admin, timeZone, livePages }),
    )}`,
  )
}
