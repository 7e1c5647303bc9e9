/**
 * What a WordPress item becomes here, decided by pure functions the unit tests call: its
 * edition and translation, its slug (decoded, checked by the site's slug rules, transliterated
 * or numbered when they refuse it), its date with its offset, its headline and summary, and
 * the old addresses that must lead to it. Each fix is returned with its reason, for the report.
 */
import { newsroomDateTime, slugFromHeadline } from '../article-draft'
import { RESERVED_ARTICLE_SLUGS, RESERVED_SECTION_SLUGS } from '../../lib/site/routes'
import { slugIdentity, slugProblem } from '../../lib/content/slugs'
import { TEASER_LIMITS } from '../../lib/content/rules'
import { plainText as markupText } from '../../lib/content/embed-sources'
import type { WxrItem } from './wxr'

/** `%d8%ac%d8%b3%d8%b1` → `جسر`: WordPress keeps non-Latin slugs percent-encoded. */
export function decodeSlug(name: string): string {
  let decoded = name
  try {
    decoded = decodeURIComponent(name)
  } catch {
    // A broken escape: left as it is, and the slug rules refuse it below.
  }
  return decoded.normalize('NFC').toLowerCase()
}

/**
 * The slug an imported item takes: WordPress's own (decoded) when the site's rules accept it,
 * else one made from it or from the title; numbered with the post's id when it is reserved or
 * already taken (`taken` holds `slugIdentity`s). Returns the fix made, if any.
 */
export function importSlug(
  item: Pick<WxrItem, 'name' | 'title' | 'id'>,
  taken: ReadonlySet<string>,
  reserved: readonly string[] = RESERVED_ARTICLE_SLUGS,
): { slug: string; fix?: string } {
  const original = decodeSlug(item.name)
  let slug = original
  let fix: string | undefined
  if (!slug || slugProblem(slug)) {
    const made =
      slugFromHeadline(slug.replace(/[^\p{L}\p{N}]+/gu, ' ')) || slugFromHeadline(item.title)
    slug = made && !slugProblem(made) ? made : `post-${item.id}`
    fix = original
      ? `slug "${original}" is not an address here (${slugProblem(original)}): "${slug}"`
      : `no slug: "${slug}"`
  }
  if (reserved.includes(slug) || taken.has(slugIdentity(slug))) {
    const numbered = `${slug}-${item.id}`
    fix = `${fix ? `${fix}; ` : ''}slug "${slug}" is ${reserved.includes(slug) ? 'reserved' : 'taken by another story'}: "${numbered}"`
    slug = numbered
  }
  return fix ? { slug, fix } : { slug }
}

/** A category's slug as a section's: the addresses the site keeps for itself are refused. */
export function sectionSlugFor(category: string): { slug: string; fix?: string } {
  const decoded = decodeSlug(category)
  const problem = slugProblem(decoded)
  let slug = problem
    ? slugFromHeadline(decoded.replace(/[^\p{L}\p{N}]+/gu, ' ')) || 'section'
    : decoded
  if ((RESERVED_SECTION_SLUGS as readonly string[]).includes(slug)) slug = `${slug}-section`
  return slug === decoded
    ? { slug }
    : { slug, fix: `category "${decoded}" cannot be a section's address here: "${slug}"` }
}

const pad = (value: number) => String(value).padStart(2, '0')

/** `+03:00` for a number of minutes east of UTC. */
function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const whole = Math.abs(minutes)
  return `${sign}${pad(Math.floor(whole / 60))}:${pad(whole % 60)}`
}

/**
 * How far `timeZone` is from UTC at the instant `utc`, in minutes: the offset `npm run new` stamps
 * (newsroomDateTime, `…+03:00`), read back.
 */
function zoneOffset(timeZone: string, utc: Date): number {
  const [, sign, hours, minutes] =
    /([+-])(\d{2}):(\d{2})$/.exec(newsroomDateTime(utc, timeZone)) ?? []
  return (sign === '-' ? -1 : 1) * (Number(hours ?? 0) * 60 + Number(minutes ?? 0))
}

const WORDPRESS_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/

/**
 * A post's date with its offset: the site's wall-clock time (`post_date`) and the offset its
 * GMT twin gives; a draft's GMT date is empty (`0000-…`), so the newsroom's zone gives it.
 * Undefined when WordPress kept no usable date.
 */
export function wordpressDate(local: string, gmt: string, timeZone: string): string | undefined {
  const wall = WORDPRESS_TIME.exec(local)
  if (!wall || wall[1] === '0000') return undefined
  const [, year, month, day, hour, minute, second] = wall.map(Number) as number[]
  const wallAsUtc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!)
  if (Number.isNaN(wallAsUtc)) return undefined
  const twin = WORDPRESS_TIME.exec(gmt)
  let offset: number
  if (twin && twin[1] !== '0000') {
    const [, y, mo, d, h, mi, s] = twin.map(Number) as number[]
    offset = Math.round((wallAsUtc - Date.UTC(y!, mo! - 1, d!, h!, mi!, s!)) / 60_000)
    if (Math.abs(offset) > 14 * 60) offset = zoneOffset(timeZone, new Date(wallAsUtc))
  } else {
    offset = zoneOffset(
      timeZone,
      new Date(wallAsUtc - zoneOffset(timeZone, new Date(wallAsUtc)) * 60_000),
    )
  }
  return `${local.slice(0, 10)}T${local.slice(11, 19)}${offsetText(offset)}`
}

/**
 * Text without tags, entities, comments or shortcodes: titles and excerpts as WordPress stores
 * them (the embeds' decoder, lib/content/embed-sources.ts, with what WordPress adds).
 */
export function plainText(html: string): string {
  return markupText(
    html.replace(/<!--[\s\S]*?-->/g, '').replace(/\[\/?[a-zA-Z][\w-]*[^\]]*\]/g, ' '),
  ).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
}

/** The first sentence of a text (a summary where WordPress had no excerpt), at most 300 characters. */
export function firstSentence(text: string): string {
  const match = /^.{20,}?[.!?؟](?=\s|$)/su.exec(text)
  return shorten(match ? match[0] : text, TEASER_LIMITS.standfirstCharacters)
}

/** `text` cut at a word to at most `limit` characters, with an ellipsis when cut. */
export function shorten(text: string, limit: number): string {
  const chars = [...text.trim()]
  if (chars.length <= limit) return text.trim()
  const cut = chars.slice(0, limit - 1).join('')
  const atWord = cut.replace(/\s+\S*$/u, '')
  return `${(atWord.length > limit / 2 ? atWord : cut).trimEnd()}…`
}

/** The path of an old address on the old site (`https://old.example/2019/05/x/` → `/2019/05/x/`), decoded. */
export function oldPath(link: string, baseSiteUrl: string): string | undefined {
  let url: URL
  let base: URL
  try {
    base = new URL(baseSiteUrl || link)
    url = new URL(link, base)
  } catch {
    return undefined
  }
  if (url.host !== base.host) return undefined
  const basePath = base.pathname.replace(/\/$/, '')
  let pathname = url.pathname
  if (basePath && pathname.startsWith(`${basePath}/`)) pathname = pathname.slice(basePath.length)
  try {
    pathname = decodeURIComponent(pathname)
  } catch {
    return undefined
  }
  const query = [...url.searchParams]
  if (query.length === 1 && ['p', 'page_id'].includes(query[0]![0]) && /^\d+$/.test(query[0]![1]))
    return `/?${query[0]![0]}=${query[0]![1]}`
  if (query.length > 0) return undefined
  if (pathname === '/' || pathname === '') return undefined
  return pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(pathname) ? pathname : `${pathname}/`
}

/** The edition an item belongs to: Polylang's language term, WPML's language, else the export's. */
export function itemLanguage(item: Pick<WxrItem, 'terms' | 'meta'>): string | undefined {
  const polylang = item.terms.find((term) => term.domain === 'language')?.slug
  const wpml = item.meta._wpml_import_language_code ?? item.meta._wpml_language
  return (polylang || wpml || undefined)?.toLowerCase()
}

/** The group that links an item with its translations (Polylang's term, WPML's group). */
export function translationGroup(item: Pick<WxrItem, 'terms' | 'meta'>): string | undefined {
  const polylang = item.terms.find((term) => term.domain === 'post_translations')?.slug
  const wpml = item.meta._wpml_import_translation_group
  return polylang || wpml || undefined
}

/** A picture's credit, from the Media Credit plugin or the photo's own IPTC credit WordPress kept. */
export function pictureCredit(meta: Record<string, string>): string {
  if (meta._media_credit?.trim()) return plainText(meta._media_credit)
  const metadata = meta._wp_attachment_metadata ?? ''
  const iptc = /s:6:"credit";s:\d+:"([^"]*)"/.exec(metadata)?.[1] ?? ''
  return plainText(iptc)
}

/** Whether two slugs would be one address (the site's own comparison). */
export const slugKey = slugIdentity
