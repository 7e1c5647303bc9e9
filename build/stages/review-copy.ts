/**
 * A review copy of the site (`npm run build:preview`, the workflow's `preview` job for a pull
 * request): drafts and scheduled stories are on their pages, labelled, so an editor can read the
 * story as readers will. Because it may hold an embargoed story, nothing of it may reach a
 * search engine, a feed reader or the published site's addresses:
 *   - every page says `noindex, nofollow` (a meta tag, and `X-Robots-Tag` on every response);
 *   - robots.txt disallows everything and names no sitemap;
 *   - no sitemap and no feed is published (a feed reader subscribed to a preview would keep
 *     the story after the preview is gone);
 *   - the build records no published address (build/build.ts).
 * Who may open the preview at all is the host's business: docs/review.md says how to put it
 * behind a sign-in.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Set for the whole build, so every render worker shows drafts (lib/site/clock.ts). */
export const PREVIEW_ENV = 'NEWSROOM_PREVIEW'
export const isPreviewBuild = () => process.env[PREVIEW_ENV] === '1'

const NOINDEX = 'noindex, nofollow'
const ROBOTS_META = /<meta name="robots" content="[^"]*"\s*\/?>/

/** The page with a robots meta tag that forbids indexing (replacing one that allowed less). */
export function noindexPage(html: string): string {
  const tag = `<meta name="robots" content="${NOINDEX}"/>`
  if (ROBOTS_META.test(html)) return html.replace(ROBOTS_META, tag)
  return html.replace(/<head([^>]*)>/, `<head$1>${tag}`)
}

export const PREVIEW_ROBOTS = 'User-agent: *\nDisallow: /\n'

/** `_headers` with `X-Robots-Tag` on every response, before the site's own rules. */
export function previewHeaders(headers: string): string {
  return `/*\n  X-Robots-Tag: ${NOINDEX}\n\n${headers}`
}

/** Sitemaps and feeds of the export: what a preview does not publish. */
export function isSitemapOrFeed(file: string): boolean {
  return (
    file === 'sitemap.xml' ||
    file === 'sitemaps' ||
    file.startsWith('sitemaps/') ||
    /^[^/]+\/feeds\//.test(file) ||
    /^[^/]+\/feeds$/.test(file)
  )
}

/** Turns a finished export into a review copy (run after the host files are written). */
export function markPreview(dir: string): { pages: number; removed: number } {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) =>
    file.split(path.sep).join('/'),
  )
  let pages = 0
  let removed = 0
  for (const file of files) {
    if (isSitemapOrFeed(file)) {
      rmSync(path.join(dir, file), { recursive: true, force: true })
      removed += 1
    } else if (file.endsWith('.html')) {
      const at = path.join(dir, file)
      writeFileSync(at, noindexPage(readFileSync(at, 'utf8')))
      pages += 1
    }
  }
  writeFileSync(path.join(dir, 'robots.txt'), PREVIEW_ROBOTS)
  const headers = path.join(dir, '_headers')
  writeFileSync(headers, previewHeaders(readFileSync(headers, 'utf8')))
  return { pages, removed }
}
