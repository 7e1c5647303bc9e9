/**
 * A news sitemap with no story (a quiet weekend: nothing in the 48 hours, no live page running)
 * is an empty <urlset>, which the sitemap schema refuses (a urlset holds at least one url). Next
 * must still export the route's file (it refuses a route with no page), so the build removes
 * each empty one from the export and its line from robots.txt: search engines are pointed only
 * at news sitemaps that hold news.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { newsSitemapUrl } from '../site/routes'

/** Whether a sitemap's text lists no address. */
export const isEmptyUrlset = (xml: string): boolean => /<urlset\b/.test(xml) && !/<url>/.test(xml)

/** robots.txt without the `Sitemap:` lines of `addresses` (site paths such as /sitemaps/news-en.xml). */
export function withoutSitemapLines(robots: string, addresses: readonly string[]): string {
  return robots
    .split('\n')
    .filter((line) => {
      const named = /^Sitemap:\s*(\S+)/i.exec(line)?.[1]
      return !named || !addresses.some((address) => named.endsWith(address))
    })
    .join('\n')
}

/** Removes the editions' empty news sitemaps from `dir` and robots.txt; returns their addresses. */
export function dropEmptyNewsSitemaps(dir: string, editions: readonly string[]): string[] {
  const empty = editions.map(newsSitemapUrl).filter((address) => {
    const file = path.join(dir, address)
    return existsSync(file) && isEmptyUrlset(readFileSync(file, 'utf8'))
  })
  if (empty.length === 0) return []
  for (const address of empty) rmSync(path.join(dir, address))
  const robots = path.join(dir, 'robots.txt')
  if (existsSync(robots))
    writeFileSync(robots, withoutSitemapLines(readFileSync(robots, 'utf8'), empty))
  return empty
}
