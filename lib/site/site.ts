import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { EditionCode } from './i18n/dictionaries'
import { parseSiteConfig, type EditionConfig, type SiteConfig } from './site-config'

export const SITE_FILE = 'content/site.yml'

/**
 * Site identity and editions, read and validated once per process. The Worker that renders the
 * archive on demand has no file system: its build (next.config.ts) writes the file's text into
 * the bundle as NEWSROOM_SITE_YAML.
 */
export const site: SiteConfig = parseSiteConfig(
  process.env.NEWSROOM_SITE_YAML ?? readFileSync(path.join(process.cwd(), SITE_FILE), 'utf8'),
  SITE_FILE,
)

export const publishedEditions: readonly EditionCode[] = site.editions.map(
  (edition) => edition.code,
)

export function editionConfig(code: EditionCode): EditionConfig {
  const edition = site.editions.find((candidate) => candidate.code === code)
  if (!edition) throw new Error(`Edition "${code}" is not published in ${SITE_FILE}`)
  return edition
}

export function isPublishedEdition(value: string): value is EditionCode {
  return (publishedEditions as readonly string[]).includes(value)
}
