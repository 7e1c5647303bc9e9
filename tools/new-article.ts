/**
 * Starts an article: asks for (or takes as flags) the edition, section, headline and authors,
 * and writes a complete draft under content/articles/<year>/<month>/, printing the file and the
 * address the story will have. Refuses an unknown section or author and a slug already taken.
 *
 *   npm run new
 *   npm run new -- --edition ar --section local-news --headline "…" --author layla-hassan
 *   npm run new -- --translate content/articles/2026/11/bridge.md --headline "…"
 *   npm run new -- --live --section politics --headline "…"      a live page (docs/live-coverage.md)
 *   npm run new -- --update content/live/<page> [--title "…" --key-event --author …]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline/promises'
import { parseArgs } from 'node:util'
import { parse as parseYaml } from 'yaml'
import { checkFrontMatterYaml, decodeContentText, splitFrontMatter } from '../lib/content/text'
import {
  newArticleProblems,
  newArticleText,
  newLivePageText,
  newsroomDateTime,
  newUpdateText,
  slugFromHeadline,
  updateFileName,
  type NewArticleInput,
  type NewUpdateInput,
  type Newsroom,
} from './article-draft'
import { parseSiteConfig } from '../lib/site/site-config'

const ROOT = process.cwd()

/** Markdown files under a content folder, as project-relative paths with forward slashes. */
function markdownFiles(folder: string): string[] {
  const absolute = path.join(ROOT, 'content', folder)
  if (!existsSync(absolute)) return []
  return (
    readdirSync(absolute, { recursive: true, encoding: 'utf8' })
      // Hidden files and folders are never published (build/content/scan-content.ts): not taken slugs.
      .filter(
        (file) =>
          file.endsWith('.md') && !file.split(path.sep).some((step) => step.startsWith('.')),
      )
      .map((file) => `content/${folder}/${file.split(path.sep).join('/')}`)
  )
}

const slugOf = (file: string) => path.posix.basename(file, '.md')

/**
 * A content file's front matter, read as the build reads it (lib/content/text.ts: UTF-8, line
 * ends normalised, plain YAML only), or {} when the build would refuse it: `npm run check` says why.
 */
function frontMatter(file: string): Record<string, unknown> {
  const decoded = decodeContentText(readFileSync(path.join(ROOT, file)))
  const parts = decoded.ok ? splitFrontMatter(decoded.text) : undefined
  if (!parts?.ok || checkFrontMatterYaml(parts.yaml).length > 0) return {}
  return (parseYaml(parts.yaml) ?? {}) as Record<string, unknown>
}

/** The live pages' slugs: the folders holding an index.md in content/live/. */
function livePageSlugs(): string[] {
  return markdownFiles('live')
    .filter((file) => file.endsWith('/index.md'))
    .map((file) => file.split('/')[2] ?? '')
}

/** Adds an update stamped now to a live page: content/live/<page>/updates/<minute>.md. */
function writeUpdate(page: string, input: NewUpdateInput, timeZone: string): void {
  const slug = page.replace(/\/+$/, '').split('/').at(-1) ?? ''
  const folder = `content/live/${slug}`
  if (!existsSync(path.join(ROOT, folder, 'index.md'))) {
    console.error(`npm run new: ${folder}/index.md is not there: start the page with --live first`)
    process.exit(1)
  }
  const time = newsroomDateTime(new Date(), timeZone)
  const updates = `${folder}/updates`
  mkdirSync(path.join(ROOT, updates), { recursive: true })
  // Two updates in one minute: the second gets -2, the third -3.
  let name = updateFileName(time)
  for (let count = 2; existsSync(path.join(ROOT, updates, `${name}.md`)); count += 1)
    name = `${updateFileName(time)}-${count}`
  const file = `${updates}/${name}.md`
  writeFileSync(path.join(ROOT, file), newUpdateText(input, time), { flag: 'wx' })
  console.log(`Wrote ${file}: write the update below its front matter, then publish`)
  console.log(`Its address: the live page's, at #update-${name}`)
}

function readNewsroom(): Newsroom {
  const siteFile = 'content/site.yml'
  const site = parseSiteConfig(readFileSync(path.join(ROOT, siteFile), 'utf8'), siteFile)
  return {
    editions: site.editions.map((edition) => edition.code),
    sections: markdownFiles('sections').map(slugOf).sort(),
    authors: markdownFiles('authors').map(slugOf).sort(),
    // A live page's folder is its slug: the same addresses as the stories'.
    slugs: [...markdownFiles('articles').map(slugOf), ...livePageSlugs()],
    timeZone: site.timeZone,
  }
}

/** Asks for what the flags did not say, when someone is at the keyboard. */
async function ask(question: string, choices?: string[]): Promise<string> {
  if (!process.stdin.isTTY) return ''
  const prompt = createInterface({ input: process.stdin, output: process.stdout })
  const hint = choices ? ` (${choices.join(', ')})` : ''
  const answer = await prompt.question(`${question}${hint}: `)
  prompt.close()
  return answer.trim()
}

/** The other edition's version: section, authors and picture copied, translationKey shared. */
function translationOf(file: string, newsroom: Newsroom) {
  const source = frontMatter(file)
  const sourceEdition = typeof source.lang === 'string' ? source.lang : (newsroom.editions[0] ?? '')
  const key = typeof source.translationKey === 'string' ? source.translationKey : slugOf(file)
  const image = source.image as { src?: unknown; alt?: unknown } | undefined
  return {
    file,
    edition: newsroom.editions.find((edition) => edition !== sourceEdition) ?? '',
    section: typeof source.section === 'string' ? source.section : '',
    authors: Array.isArray(source.authors) ? source.authors.map(String) : [],
    translationKey: key,
    image:
      image && typeof image.src === 'string'
        ? { src: image.src, alt: typeof image.alt === 'string' ? image.alt : '' }
        : undefined,
    needsKey: typeof source.translationKey !== 'string',
  }
}

/** The article that already is `file`'s version in `edition` (same translationKey), if any. */
function existingTranslation(file: string, key: string, edition: string, newsroom: Newsroom) {
  return markdownFiles('articles').find((other) => {
    if (other === file) return false
    const fields = frontMatter(other)
    const lang = typeof fields.lang === 'string' ? fields.lang : newsroom.editions[0]
    return fields.translationKey === key && lang === edition
  })
}

/** Gives the original a translationKey when it had none, so the two versions find each other. */
function addTranslationKey(file: string, key: string) {
  const absolute = path.join(ROOT, file)
  const text = readFileSync(absolute, 'utf8')
  const newline = text.includes('\r\n') ? '\r\n' : '\n'
  const end = text.indexOf(`${newline}---`, 3)
  if (!text.startsWith('---') || end < 0)
    throw new Error(`${file}: no front matter to add translationKey to`)
  writeFileSync(
    absolute,
    `${text.slice(0, end)}${newline}translationKey: ${JSON.stringify(key)}${text.slice(end)}`,
  )
}

async function main() {
  const { values } = parseArgs({
    options: {
      edition: { type: 'string' },
      section: { type: 'string' },
      headline: { type: 'string' },
      author: { type: 'string', multiple: true },
      slug: { type: 'string' },
      translate: { type: 'string' },
      live: { type: 'boolean' },
      update: { type: 'string' },
      title: { type: 'string' },
      'key-event': { type: 'boolean' },
    },
  })
  const newsroom = readNewsroom()
  if (values.update) {
    const author = values.author?.[0]
    if (author && !newsroom.authors.includes(author)) {
      console.error(
        `npm run new: author: "${author}" is not an author (${newsroom.authors.join(', ')})`,
      )
      process.exit(1)
    }
    writeUpdate(
      values.update,
      {
        ...(author ? { author } : {}),
        ...(values.title ? { title: values.title } : {}),
        ...(values['key-event'] ? { keyEvent: true } : {}),
      },
      newsroom.timeZone,
    )
    return
  }
  const translation = values.translate ? translationOf(values.translate, newsroom) : undefined
  const edition =
    values.edition ?? translation?.edition ?? (await ask('Edition', newsroom.editions))
  const section =
    values.section ?? translation?.section ?? (await ask('Section', newsroom.sections))
  const headline = values.headline ?? (await ask('Headline'))
  const authors =
    values.author ??
    translation?.authors ??
    (await ask('Authors, separated by commas', newsroom.authors))
      .split(',')
      .map((author) => author.trim())
      .filter(Boolean)
  const input: NewArticleInput = {
    edition,
    section,
    headline,
    authors,
    ...(values.slug ? { slug: values.slug } : {}),
    ...(translation ? { translationKey: translation.translationKey } : {}),
    ...(translation?.image ? { image: translation.image } : {}),
  }
  const problems = newArticleProblems(input, newsroom)
  if (translation) {
    const existing = existingTranslation(
      translation.file,
      translation.translationKey,
      edition,
      newsroom,
    )
    if (existing)
      problems.push(`${translation.file} already has its "${edition}" version: ${existing}`)
  }
  if (problems.length > 0) {
    for (const problem of problems) console.error(`npm run new: ${problem}`)
    if (!process.stdin.isTTY && (!edition || !section || !headline))
      console.error('npm run new: give --edition, --section, --headline and --author')
    process.exit(1)
  }
  const now = new Date()
  const date = newsroomDateTime(now, newsroom.timeZone)
  const slug = input.slug ?? slugFromHeadline(headline)
  const folder = values.live
    ? `content/live/${slug}`
    : `content/articles/${date.slice(0, 4)}/${date.slice(5, 7)}`
  const file = values.live ? `${folder}/index.md` : `${folder}/${slug}.md`
  mkdirSync(path.join(ROOT, folder), { recursive: true })
  const text = values.live ? newLivePageText(input, date) : newArticleText(input, date)
  writeFileSync(path.join(ROOT, file), text, { flag: 'wx' })
  if (translation?.needsKey) addTranslationKey(translation.file, translation.translationKey)
  console.log(`Wrote ${file} (a draft: set draft: false to publish)`)
  console.log(`Its address: /${edition}/${section}/${slug}/`)
  if (values.live) console.log(`Add an update: npm run new -- --update ${folder}`)
}

await main()
