/**
 * Writes what each host reads (lib/finish/host-files.ts): `_headers`, `_redirects` and `vercel.json`
 * into the export; the nginx server block and the CloudFront function into docs/deploy/, where a
 * deployer copies them from (rewritten only when they change, like the published addresses).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  cloudfrontFunction,
  headersFile,
  nginxConf,
  redirectsFile,
  vercelJson,
  type ExportSize,
  type Host,
  type HostSite,
} from '../../lib/finish/host-files'

export const DEPLOY_DOCS = path.join('docs', 'deploy')

export function writeHostFiles(
  dir: string,
  site: HostSite,
  host: Host,
  indexNowKey?: string,
): void {
  writeFileSync(path.join(dir, '_headers'), headersFile())
  writeFileSync(path.join(dir, '_redirects'), redirectsFile(site, host))
  writeFileSync(path.join(dir, 'vercel.json'), vercelJson(site))
  // IndexNow proves the site's own announcements by this file at its root (docs/announce.md).
  if (indexNowKey) writeFileSync(path.join(dir, `${indexNowKey}.txt`), indexNowKey)
}

/** The host files that live in the repository; returns the ones that changed. */
export function writeDeployDocs(root: string, site: HostSite): string[] {
  const folder = path.join(root, DEPLOY_DOCS)
  mkdirSync(folder, { recursive: true })
  const changed: string[] = []
  for (const [name, text] of [
    ['nginx.conf', nginxConf(site)],
    ['cloudfront-function.js', cloudfrontFunction(site)],
  ] as const) {
    const file = path.join(folder, name)
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue
    writeFileSync(file, text)
    changed.push(path.join(DEPLOY_DOCS, name))
  }
  return changed
}

/** How many files the export holds and which is the largest: what hosts limit. */
export function measureExport(dir: string): ExportSize & { bytes: number } {
  let files = 0
  let bytes = 0
  let largest = { file: '', bytes: 0 }
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stats = statSync(path.join(dir, file))
    if (!stats.isFile()) continue
    files += 1
    bytes += stats.size
    if (stats.size > largest.bytes)
      largest = { file: file.split(path.sep).join('/'), bytes: stats.size }
  }
  return { files, bytes, largest }
}
