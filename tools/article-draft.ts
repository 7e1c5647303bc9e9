/**
 * What `npm run new` writes: a complete article file an editor fills in. Pure functions: the
 * command (tools/new-article.ts) reads the newsroom's sections, authors and existing slugs and
 * writes the file; everything decided about the story is here, where it is unit-tested.
 */
import slugify from 'slugify'
import { slugIdentity, slugProblem } from '../lib/content/slugs'

export type NewArticleInput = {
  edition: string
  section: string
  headline: string
  authors: string[]
  /** The address's last part; made from the headline when not given. */
  slug?: string
  /** Shared with the story's version in the other edition. */
  translationKey?: string
  /** Fields copied from the other edition's version when translating. */
  image?: { src: string; alt: string }
}

export type Newsroom = {
  editions: string[]
  sections: string[]
  authors: string[]
  /** Slugs of every article already in content/ */
  slugs: string[]
  timeZone: string
}

/** Words kept in a slug made from a headline: enough to tell stories apart, short enough to share. */
const SLUG_WORDS = 8
const SLUG_LENGTH = 60

/**
 * A slug from a headline: lower-case Latin words joined by hyphens. Arabic headlines are
 * transliterated letter by letter (`slugify`'s Arabic table): "إعادة افتتاح جسر السنك" →
 * "iaadh-afttah-jsr-alsnk", an address every system, feed reader and chat app keeps intact.
 * An editor who wants an Arabic-script address gives one with --slug.
 */
export function slugFromHeadline(headline: string): string {
  const words = slugify(headline, { lower: true, strict: true, locale: 'ar' })
    .split('-')
    .filter(Boolean)
  let slug = ''
  for (const word of words.slice(0, SLUG_WORDS)) {
    const next = slug ? `${slug}-${word}` : word
    if (next.length > SLUG_LENGTH) break
    slug = next
  }
  return slug
}

/** `2026-11-29T21:05:00+03:00`: the minute `now` in the newsroom's time zone, with its offset. */
export function newsroomDateTime(now: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  )
  // "GMT+03:00", or "GMT" for UTC itself.
  const offset = (parts.timeZoneName ?? 'GMT').replace('GMT', '') || '+00:00'
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:00${offset}`
}

/** Why the new article cannot be written, one line each; empty when it can. */
export function newArticleProblems(input: NewArticleInput, newsroom: Newsroom): string[] {
  const problems: string[] = []
  const list = (values: string[]) => values.join(', ')
  if (!newsroom.editions.includes(input.edition))
    problems.push(`edition: "${input.edition}" is not an edition (${list(newsroom.editions)})`)
  if (!newsroom.sections.includes(input.section))
    problems.push(`section: "${input.section}" is not a section (${list(newsroom.sections)})`)
  for (const author of input.authors)
    if (!newsroom.authors.includes(author))
      problems.push(`author: "${author}" is not an author (${list(newsroom.authors)})`)
  if (input.headline.trim() === '') problems.push('headline: is empty')
  const slug = input.slug ?? slugFromHeadline(input.headline)
  const slugWhy = slugProblem(slug)
  if (slugWhy) problems.push(`slug: ${slugWhy}`)
  else if (newsroom.slugs.some((taken) => slugIdentity(taken) === slugIdentity(slug)))
    problems.push(
      `slug: "${slug}" is already an article's address: give another with --slug, or edit that article`,
    )
  return problems
}

const yamlString = (value: string) => JSON.stringify(value)

/** The article file: every required field set, every optional one present as a comment. */
export function newArticleText(input: NewArticleInput, date: string): string {
  const authors = input.authors.map((author) => `  - ${yamlString(author)}`)
  const image = input.image
    ? [
        'image:',
        `  src: ${yamlString(input.image.src)}`,
        `  alt: ${yamlString(input.image.alt)} # describe the picture in this edition's language`,
        '  # caption: ""',
        '  # credit: ""',
      ]
    : [
        '# image:',
        '#   src: "/images/…jpg" # or a picture beside this file: "crowd.jpg"',
        '#   alt: "" # required with a picture: what it shows, for readers who cannot see it',
        '#   caption: ""',
        '#   credit: ""',
      ]
  return [
    '---',
    `title: ${yamlString(input.headline.trim())}`,
    'summary: "" # one or two sentences under the headline, in teasers and search results',
    `date: ${date}`,
    '# updated: "" # when a published story changes: same form as date',
    `section: ${yamlString(input.section)}`,
    `lang: ${input.edition}`,
    ...(authors.length > 0 ? ['authors:', ...authors] : ['# authors: [] # author slugs']),
    '# tags: []',
    ...image,
    '# dateline: ""',
    '# source: { name: "", url: "" }',
    input.translationKey
      ? `translationKey: ${yamlString(input.translationKey)}`
      : '# translationKey: "" # the same value on both editions\' versions of a story',
    '# featured: false',
    '# breaking: false',
    '# corrections: [] # - { date: 2026-11-27, text: "An earlier version…" }',
    'draft: true # set to false (or delete this line) to publish',
    '---',
    '',
    '',
  ].join('\n')
}

/**
 * A live page's index.md (docs/live-coverage.md): a story's fields, `status: live`, the key
 * points and the pinned update as comments. A draft until an editor publishes it.
 */
export function newLivePageText(input: NewArticleInput, date: string): string {
  const lines = newArticleText(input, date).split('\n')
  const end = lines.lastIndexOf('---')
  return [
    ...lines.slice(0, end),
    'status: live # ended, with ended: <date-time>, once the coverage is over',
    '# keyPoints: ["", ""] # the story so far, a line each, at the top of the page',
    '# pinned: "" # the file name of an update (without .md) kept on top',
    ...lines.slice(end),
  ]
    .join('\n')
    .replace(
      'summary: "" # one or two sentences',
      'summary: "" # what the coverage is about, in one or two sentences',
    )
}

export type NewUpdateInput = { author?: string; title?: string; keyEvent?: boolean }

/** An update's file name: its minute in the newsroom's time zone, `2026-11-28-1930`. */
export function updateFileName(time: string): string {
  return `${time.slice(0, 10)}-${time.slice(11, 13)}${time.slice(14, 16)}`
}

/** An update stamped `time`: the text goes below its front matter. */
export function newUpdateText(input: NewUpdateInput, time: string): string {
  return [
    '---',
    `time: ${time}`,
    input.author
      ? `author: ${yamlString(input.author)}`
      : '# author: "" # absent: the page\'s first author',
    input.title ? `title: ${yamlString(input.title)}` : '# title: "" # needed for a key event',
    input.keyEvent ? 'keyEvent: true' : '# keyEvent: true # listed among the key events at the top',
    '---',
    '',
    '',
  ].join('\n')
}
