/**
 * `npm run import:wordpress -- <export.xml> [--uploads <folder>] [--map <mapping.yml>]
 *   [--section <slug>] [--into <content folder>] [--fetch]`
 *
 * Brings a WordPress newsroom in: stories, standalone pages, authors, sections and pictures, in
 * this site's content model, and every old address as a redirect (content/old-addresses.txt).
 * The export is read twice as a stream (tools/wordpress/wxr.ts): first what the items are (the
 * media library, slugs, languages, translations), then each body converted and written. Beside
 * the content folder it leaves the mapping file (wordpress-mapping.yml), the report
 * (import-report.md) and its ledger (wordpress-import.json), which a later run reads to update
 * what WordPress changed without touching what the editors changed here (docs/migrating-from-wordpress.md).
 */
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { parse as parseYaml, stringify } from 'yaml'
import { checkImageFile } from '../lib/content/image-files'
import { checkMediaFile } from '../lib/content/media-files'
import { slugIdentity, slugProblem } from '../lib/content/slugs'
import { tagSlug, articleUrl, pageUrl, sectionUrl, tagUrl, authorUrl } from '../lib/site/routes'
import { parseSiteConfig } from '../lib/site/site-config'
import { splitFrontMatter } from '../lib/content/text'
import { TEASER_LIMITS } from '../lib/content/rules'
import { IMAGE_EXTENSIONS } from '../lib/content/images'
import { convertBody, type OldPicture } from './wordpress/body'
import { mappingText, parseMapping, TOPIC, type ImportMapping } from './wordpress/mapping'
import {
  decodeSlug,
  firstSentence,
  importSlug,
  itemLanguage,
  oldPath,
  pictureCredit,
  plainText,
  sectionSlugFor,
  shorten,
  translationGroup,
  wordpressDate,
} from './wordpress/plan'
import { ImportReport } from './wordpress/report'
import { discard, originalUpload, uploadsFrom, uploadsPath } from './wordpress/uploads'
import { readWxr, WxrError, type WxrChannel, type WxrItem } from './wordpress/wxr'
import { OLD_ADDRESSES_FILE, oldAddressesText } from '../lib/outputs/old-addresses'

type Options = {
  exportFile: string
  uploads?: string | undefined
  map?: string | undefined
  section?: string | undefined
  into: string
  fetch: boolean
}

/** What the first reading learns of each item the second one writes. */
type Planned = {
  id: string
  kind: 'article' | 'page'
  edition: string
  slug: string
  /** Under the content folder, `articles/wordpress/2019/05/bridge.md` */
  file: string
  address: string
  status: 'published' | 'draft' | 'scheduled'
  group?: string | undefined
  fixes: string[]
}

/** What the ledger remembers of an item written by an earlier run. */
type LedgerEntry = { file: string; sha256: string; modified: string; address: string }
type Ledger = { site: string; items: Record<string, LedgerEntry> }

const LEDGER_FILE = 'wordpress-import.json'
const MAPPING_FILE = 'wordpress-mapping.yml'
const REPORT_FILE = 'import-report.md'

/** Items written between two saves of the ledger. */
const LEDGER_EVERY = 1000

/**
 * The ledger of earlier runs. A file it names is one the import wrote, under articles/ or pages/;
 * an entry naming anything else (a hand-edited ledger) is dropped, never followed.
 */
function readLedger(file: string): Ledger {
  if (!existsSync(file)) return { site: '', items: {} }
  let data: unknown
  try {
    data = JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    throw new Error(
      `${file}: not the import's ledger (it does not parse); move it away to start afresh`,
    )
  }
  const items = asRecord(asRecord(data).items)
  const kept: Record<string, LedgerEntry> = {}
  for (const [id, value] of Object.entries(items)) {
    const entry = asRecord(value)
    const named = typeof entry.file === 'string' ? entry.file : ''
    if (!/^(?:articles|pages)\/[^\\]*\.md$/.test(named) || named.split('/').includes('..')) continue
    kept[id] = {
      file: named,
      sha256: String(entry.sha256 ?? ''),
      modified: String(entry.modified ?? ''),
      address: String(entry.address ?? ''),
    }
  }
  return { site: String(asRecord(data).site ?? ''), items: kept }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** Files of a content folder, relative, with `/`. */
function listFiles(folder: string): string[] {
  if (!existsSync(folder)) return []
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((file) =>
    file.split(path.sep).join('/'),
  )
}

/** Front matter and body as a markdown file. */
function markdownFile(data: Record<string, unknown>, body: string): string {
  const fields = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined))
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n${body.trim()}\n`
}

/** Writes a file whole or not at all: a stopped import never leaves half a story. */
function writeWhole(file: string, text: string | Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true })
  const temporary = `${file}.importing`
  writeFileSync(temporary, text)
  renameSync(temporary, file)
}

export async function importWordPress(options: Options): Promise<ImportReport> {
  const content = path.resolve(options.into)
  const beside = path.dirname(content)
  const site = parseSiteConfig(
    readFileSync(path.join(content, 'site.yml'), 'utf8'),
    path.join(options.into, 'site.yml'),
  )
  const editions: readonly string[] = site.editions.map((edition) => edition.code)
  const report = new ImportReport(path.basename(options.exportFile))

  // What is here already: sections, authors, and the slugs no imported story may take.
  const sectionFiles = listFiles(path.join(content, 'sections')).filter((file) =>
    file.endsWith('.md'),
  )
  const sections = new Map(
    sectionFiles.map((file) => {
      const front = frontMatterOf(readFileSync(path.join(content, 'sections', file), 'utf8'))
      const titles = [front.title, ...Object.values(asRecord(front.titles))]
        .filter((title): title is string => typeof title === 'string')
        .map((title) => title.trim().toLowerCase())
      const order = typeof front.order === 'number' ? front.order : 999
      return [path.basename(file, '.md'), { order, titles }]
    }),
  )
  const authorSlugs = new Set(
    listFiles(path.join(content, 'authors'))
      .filter((file) => file.endsWith('.md'))
      .map((file) => path.basename(file, '.md')),
  )
  const ledgerPath = path.join(beside, LEDGER_FILE)
  const ledger = readLedger(ledgerPath)
  // Kept as the import goes: a run stopped half way is taken up again, never doubled.
  let sinceSaved = 0
  const saveLedger = () => {
    writeWhole(ledgerPath, `${JSON.stringify(ledger, null, 1)}\n`)
    sinceSaved = 0
  }
  // Slugs (as slugIdentity compares them) no new story or page may take: every one here (an
  // earlier import's too: a post already imported keeps its own), then each as it is given.
  const taken = { article: new Set<string>(), page: new Set<string>() }
  for (const [kind, folder] of [
    ['article', 'articles'],
    ['page', 'pages'],
  ] as const) {
    for (const file of listFiles(path.join(content, folder))) {
      if (!file.endsWith('.md')) continue
      taken[kind].add(slugIdentity(path.basename(file, '.md')))
    }
  }

  // First reading: the media library, the items, their languages and translations.
  const attachments = new Map<string, OldPicture & { parent: string }>()
  const attachmentsByFile = new Map<string, string>()
  const items: WxrItem[] = []
  const keep = (item: WxrItem) => ({ ...item, content: '', excerpt: '' })
  const channel = await readWxr(options.exportFile, (item) => {
    if (item.type === 'attachment') {
      const url = item.attachmentUrl || item.guid
      const picture = {
        url,
        alt: plainText(item.meta._wp_attachment_image_alt ?? ''),
        caption: plainText(item.excerpt) || plainText(item.title),
        credit: pictureCredit(item.meta),
        parent: item.parent,
      }
      attachments.set(item.id, picture)
      const relative = uploadsPath(url)
      if (relative) attachmentsByFile.set(relative, item.id)
    } else items.push(keep(item))
  })
  const mapping = readOrMakeMapping(options, channel, beside, editions, sections, report)
  const uploads = uploadsFrom(
    options.uploads && path.resolve(options.uploads),
    options.fetch ? new URL(channel.baseSiteUrl || channel.link).origin : undefined,
  )
  const pictureAt = (url: string) => {
    const relative = uploadsPath(url)
    const original = relative && originalUpload(relative)
    const id =
      (relative && attachmentsByFile.get(relative)) ?? (original && attachmentsByFile.get(original))
    return id ? attachments.get(id) : undefined
  }

  // Sections and topics from categories; the site's own sections first.
  const categoryTerms = new Map(
    channel.terms
      .filter((term) => term.taxonomy === 'category')
      .map((term) => [decodeSlug(term.slug), { ...term, parent: decodeSlug(term.parent) }]),
  )
  const newSections = new Map<string, { title: string; description: string }>()
  const sectionOf = (categorySlug: string): string | undefined => {
    const mapped = mapping.categories[decodeSlug(categorySlug)] ?? TOPIC
    if (mapped === TOPIC) return undefined
    const target = sections.has(mapped) ? mapped : sectionSlugFor(mapped).slug
    if (!sections.has(target) && !newSections.has(target)) {
      const term = categoryTerms.get(decodeSlug(categorySlug))
      newSections.set(target, {
        title: plainText(term?.name ?? target) || target,
        description: plainText(term?.description ?? ''),
      })
    }
    return target
  }

  // Plan every story and page: edition, slug, file, address, translation group.
  const planned = new Map<string, Planned>()
  const plannedSections = new Map<string, string>()
  for (const item of items) {
    if (item.type !== 'post' && item.type !== 'page') {
      report.skip(item, `a "${item.type || 'unknown'}" item, not a post or a page`)
      continue
    }
    if (['private', 'trash', 'auto-draft', 'inherit'].includes(item.status)) {
      report.skip(item, `${item.status} in WordPress`)
      continue
    }
    const kind = item.type === 'post' ? 'article' : 'page'
    const fixes: string[] = []
    const language = itemLanguage(item) ?? channel.language.slice(0, 2).toLowerCase()
    let edition =
      mapping.languages[language] ?? (editions.includes(language) ? language : undefined)
    if (!edition || !editions.includes(edition)) {
      fixes.push(
        `language "${language || 'none'}" is no edition here: put in "${site.defaultEdition}"`,
      )
      edition = site.defaultEdition
    }
    const previous = ledger.items[item.id]
    let slug: string
    if (previous) slug = path.basename(previous.file, '.md')
    else {
      const chosen = importSlug(item, taken[kind])
      slug = chosen.slug
      if (chosen.fix) fixes.push(chosen.fix)
    }
    taken[kind].add(slugIdentity(slug))
    const status =
      item.status === 'publish' ? 'published' : item.status === 'future' ? 'scheduled' : 'draft'
    // Filed by year and month; an item WordPress kept no date for, by its last change.
    const filed = /^[1-9]\d{3}-\d{2}/.test(item.date) ? item.date : item.modifiedGmt
    const year = /^[1-9]\d{3}/.exec(filed)?.[0] ?? 'undated'
    const month = /^\d{4}-(\d{2})/.exec(filed)?.[1] ?? '00'
    const folder = edition === site.defaultEdition ? '' : `${edition}/`
    const file =
      previous?.file ??
      (kind === 'article'
        ? `articles/wordpress/${folder}${year}/${month}/${slug}.md`
        : `pages/${folder}${slug}.md`)
    let section = ''
    if (kind === 'article') {
      const categories = item.terms.filter((term) => term.domain === 'category')
      section =
        categories.map((term) => sectionOf(term.slug)).find((value) => value !== undefined) ??
        mapping.defaultSection
      plannedSections.set(item.id, section)
    }
    planned.set(item.id, {
      id: item.id,
      kind,
      edition,
      slug,
      file,
      address: kind === 'article' ? articleUrl(edition, section, slug) : pageUrl(edition, slug),
      status,
      group: translationGroup(item),
      fixes,
    })
  }
  // Translations: one key for a group that holds an item in more than one edition.
  const groupEditions = new Map<string, Set<string>>()
  for (const plan of planned.values())
    if (plan.group)
      groupEditions.set(plan.group, (groupEditions.get(plan.group) ?? new Set()).add(plan.edition))

  // Old links in bodies lead to the new addresses.
  const newAddressOf = new Map<string, string>()
  const oldAddresses = new Map<string, string>()
  const addOld = (from: string | undefined, to: string) => {
    if (from && !oldAddresses.has(from) && from !== to) oldAddresses.set(from, to)
  }
  for (const item of items) {
    const plan = planned.get(item.id)
    if (!plan) continue
    const from = oldPath(item.link, channel.baseSiteUrl)
    const short = `/?${plan.kind === 'article' ? 'p' : 'page_id'}=${item.id}`
    for (const address of [from, short, `/?p=${item.id}`])
      if (address) newAddressOf.set(address, plan.address)
    // A scheduled story's old addresses wait in the file; the build answers them once it is out.
    if (plan.status === 'draft') continue
    addOld(from, plan.address)
    addOld(oldPath(item.guid, channel.baseSiteUrl), plan.address)
    addOld(short, plan.address)
  }
  const rewriteLink = (href: string) => {
    const from = oldPath(href, channel.baseSiteUrl)
    const to = from && newAddressOf.get(from)
    if (!to) return href
    const hash = href.includes('#') ? href.slice(href.indexOf('#')) : ''
    return `${to}${hash}`
  }

  // Second reading: each body converted, its pictures copied, its file written.
  const authorsUsed = new Map<string, string>()
  const tagsUsed = new Map<string, { edition: string; tag: string }>()
  await readWxr(options.exportFile, (item) => {
    const plan = planned.get(item.id)
    return plan ? writeItem(item, plan) : undefined
  })
  async function writeItem(item: WxrItem, plan: Planned): Promise<void> {
    const storyFile = path.join(content, plan.file)
    const storyFolder = path.dirname(storyFile)
    const previous = ledger.items[item.id]
    if (previous) {
      const current = path.join(content, previous.file)
      if (!existsSync(current)) {
        report.kept(item, `deleted here after an earlier import: not brought back`)
        return
      }
      if (sha256(readFileSync(current, 'utf8')) !== previous.sha256) {
        report.kept(
          item,
          previous.modified === item.modifiedGmt
            ? 'edited here after the import: the editor’s version is kept'
            : 'edited here after the import, and changed in WordPress too: the editor’s version is kept; compare by hand',
        )
        return
      }
    }

    // Pictures go beside the story, in a folder named by its slug.
    const mediaFolder = plan.slug
    const names = new Map<string, string>()
    const planFile = (url: string) => {
      const relative = uploadsPath(url) ?? new URL(url, 'https://old.invalid').pathname.slice(1)
      // WordPress's smaller copies of one picture are one file here (the original, when found).
      const original = originalUpload(relative)
      const known = names.get(original)
      if (known) return known
      let name = decodeSlug(path.posix.basename(original)).replace(/[^\p{L}\p{N}._-]+/gu, '-')
      if ([...names.values()].includes(`${mediaFolder}/${name}`))
        name = `${original.split('/').slice(0, -1).join('-')}-${name}`
      const src = `${mediaFolder}/${name}`
      names.set(original, src)
      return src
    }
    const missing = new Set<string>()
    const wanted = new Map<string, 'picture' | 'media'>()
    const convert = () =>
      convertBody(item.content, {
        attachment: (id) => attachments.get(id),
        attached: () => [...attachments.values()].filter((picture) => picture.parent === item.id),
        pictureAt,
        picture: (url) => {
          if (missing.has(url)) return undefined
          if (
            !IMAGE_EXTENSIONS.some((extension) =>
              url.toLowerCase().split('?')[0]!.endsWith(extension),
            )
          ) {
            missing.add(url)
            return undefined
          }
          wanted.set(url, 'picture')
          return planFile(url)
        },
        media: (url) => {
          if (missing.has(url)) return undefined
          wanted.set(url, 'media')
          return planFile(url)
        },
        link: rewriteLink,
      })
    let body = convert()
    const featured = attachments.get(item.meta._thumbnail_id ?? '')
    if (featured) wanted.set(featured.url, 'picture')
    for (const [url, kind] of wanted) {
      const src = planFile(url)
      const target = path.join(storyFolder, ...src.split('/'))
      const copied = await uploads.copy(url, target)
      const resolved = { url: src, file: target }
      const where = path.relative(beside, target)
      const check = !copied
        ? undefined
        : kind === 'picture'
          ? checkImageFile(resolved, beside, where)
          : checkMediaFile(resolved, beside, where, /\.(mp3|m4a)$/i.test(src) ? 'audio' : 'video')
      if (!check?.ok) {
        if (copied) discard(target)
        missing.add(url)
        report.missing(item, url, check && !check.ok ? check.problem : 'not in the uploads folder')
      }
    }
    if ([...wanted.keys()].some((url) => missing.has(url))) body = convert()
    for (const name of new Set(body.unknownShortcodes)) report.shortcode(item, name)
    for (const name of new Set(body.unknownBlocks))
      report.change(
        item,
        `block ${name}: a plugin's block; only what it rendered into the post is kept`,
      )
    for (const what of body.dropped) report.change(item, `${what} dropped: nothing here shows it`)
    for (const src of body.describedByFileName)
      report.change(item, `${src} had no alt text: described by its file name; write a better one`)

    // Front matter.
    const fixes = [...plan.fixes]
    const title = plainText(item.title)
    let headline = title
    // The words of the text alone: no footnote marks, captions or shortcodes.
    const bodyText = plainText(
      item.content
        .replace(/<sup\b[\s\S]*?<\/sup>/gi, '')
        .replace(/<(figure|figcaption|script|style)\b[\s\S]*?<\/\1>/gi, ' ')
        .replace(/\[caption[\s\S]*?\[\/caption\]/g, ' '),
    )
    if (!headline) {
      headline = shorten(bodyText, 80) || `Untitled (WordPress ${item.type} ${item.id})`
      fixes.push(`no title: "${headline}"`)
    } else if ([...headline].length > TEASER_LIMITS.headlineCharacters) {
      headline = shorten(headline, TEASER_LIMITS.headlineCharacters)
      fixes.push(
        `title of ${[...title].length} characters shortened; the whole title opens the summary`,
      )
    }
    let summary = plainText(item.excerpt)
    if (!summary) {
      summary =
        headline !== title && title
          ? shorten(title, TEASER_LIMITS.standfirstCharacters)
          : firstSentence(bodyText)
      if (summary) fixes.push('no excerpt: the summary is the first sentence')
    }
    if (!summary) summary = headline
    let markdown = body.markdown
    // The page shows the lead picture above the text: the same picture in the text is left out.
    if (featured && !missing.has(featured.url) && plan.kind === 'article') {
      const lead = encodeURI(planFile(featured.url))
      const blocks = markdown.split(/\n{2,}/)
      const kept = blocks.filter(
        (block) =>
          !(block.startsWith('<figure>') && block.includes(`src="${lead}"`)) &&
          !new RegExp(`^!\\[[^\\]]*\\]\\(${lead.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)$`).test(
            block,
          ),
      )
      if (kept.length !== blocks.length) {
        markdown = kept.join('\n\n')
        fixes.push('the lead picture was also in the text: shown once, as the lead')
      }
    }
    if (!markdown.trim()) {
      markdown = summary
      fixes.push('no body: the summary stands as the text')
    }
    let date = wordpressDate(item.date, item.dateGmt, site.timeZone)
    if (!date) {
      date =
        wordpressDate(item.modifiedGmt, item.modifiedGmt, 'UTC') ??
        new Date().toISOString().replace(/\.\d+Z$/, '+00:00')
      fixes.push(`no date in WordPress: dated ${date}`)
    }
    const translationKey =
      plan.group && (groupEditions.get(plan.group)?.size ?? 0) > 1 ? `wp-${plan.group}` : undefined
    // A standalone page has no date of publication here, only its last change.
    const data: Record<string, unknown> =
      plan.kind === 'article'
        ? { title: headline, summary, date }
        : {
            title: headline,
            summary,
            updated: wordpressDate(item.modifiedGmt, item.modifiedGmt, 'UTC') ?? date,
          }
    if (plan.kind === 'article') {
      data.section = plannedSections.get(item.id)
      const login = item.creator
      if (login) {
        const author = mapping.authors[login] ?? authorSlugFor(login)
        authorsUsed.set(author, login)
        data.authors = [author]
      }
      const tags = new Map<string, string>()
      for (const term of item.terms) {
        const isTopic =
          term.domain === 'post_tag' ||
          (term.domain === 'category' &&
            (mapping.categories[decodeSlug(term.slug)] ?? TOPIC) === TOPIC)
        if (!isTopic) continue
        const tag = plainText(term.name)
        const slug = tagSlug(tag)
        if (!slug || slugProblem(slug)) {
          report.change(item, `tag "${tag}" makes no address here: left out`)
          continue
        }
        tags.set(slug, tag)
        tagsUsed.set(`${plan.edition}:${term.domain}:${term.slug}`, { edition: plan.edition, tag })
      }
      if (tags.size) data.tags = [...tags.values()]
      if (featured && !missing.has(featured.url)) {
        data.image = definedFields({
          src: planFile(featured.url),
          alt: featured.alt || featured.caption || headline,
          caption: featured.caption || undefined,
          credit: featured.credit || undefined,
        })
        if (!featured.alt)
          fixes.push('lead picture had no alt text: its caption or the headline describes it')
      }
      const uncredited = body.gallery.filter((picture) => !picture.credit).length
      if (uncredited > 0)
        fixes.push(
          `${uncredited} gallery picture(s) without a credit: credited to "${mapping.pictureCredit}" (pictureCredit)`,
        )
      if (body.gallery.length > 0)
        data.gallery = body.gallery.map((picture) => ({
          src: picture.src,
          alt: picture.alt || picture.caption || headline,
          caption: picture.caption || headline,
          credit: picture.credit || mapping.pictureCredit,
        }))
      const video = body.media.find((media) => media.kind === 'video')
      const audio = body.media.find((media) => media.kind === 'audio')
      if (video)
        data.video = definedFields({ src: video.src, title: headline, poster: video.poster })
      if (audio) data.audio = { src: audio.src, title: headline }
      if (body.media.length > (video ? 1 : 0) + (audio ? 1 : 0))
        fixes.push('more than one video or recording: the first of each kept')
    }
    if (plan.edition !== 'en') data.lang = plan.edition
    if (translationKey) data.translationKey = translationKey
    if (plan.status === 'draft') data.draft = true
    const text = markdownFile(data, markdown)
    // Written again only when WordPress or the mapping changed what it would be.
    if (previous && existsSync(storyFile) && readFileSync(storyFile, 'utf8') === text) {
      report.count('unchanged')
      return
    }
    writeWhole(storyFile, text)
    ledger.items[item.id] = {
      file: plan.file,
      sha256: sha256(text),
      modified: item.modifiedGmt,
      address: plan.address,
    }
    if ((sinceSaved += 1) >= LEDGER_EVERY) saveLedger()
    for (const fix of fixes) report.change(item, fix)
    report.imported(plan.kind, plan.status, previous ? 'updated' : 'new')
  }

  // Authors, sections and the old addresses of category, tag and author pages.
  for (const [author, login] of authorsUsed) {
    const wordpress = channel.authors.find((candidate) => candidate.login === login)
    addOld(
      `${mapping.addresses.author}${decodeSlug(login)}/`,
      authorUrl(site.defaultEdition, author),
    )
    if (authorSlugs.has(author)) continue
    writeWhole(
      path.join(content, 'authors', `${author}.md`),
      markdownFile({ name: plainText(wordpress?.displayName ?? '') || login }, ''),
    )
    authorSlugs.add(author)
    report.count('authors')
  }
  for (const category of Object.keys(mapping.categories)) {
    const section = sectionOf(category)
    if (section)
      addOld(
        `${mapping.addresses.category}${categoryPath(category, categoryTerms)}/`,
        sectionUrl(site.defaultEdition, section),
      )
  }
  for (const [slug, section] of newSections) {
    writeWhole(
      path.join(content, 'sections', `${slug}.md`),
      markdownFile({ title: section.title }, section.description),
    )
    report.count('sections')
  }
  for (const [key, { edition, tag }] of tagsUsed) {
    const [, domain, slug] = key.split(':')
    const base = domain === 'post_tag' ? mapping.addresses.tag : mapping.addresses.category
    addOld(`${base}${decodeSlug(slug ?? '')}/`, tagUrl(edition, tag))
  }
  report.addresses(oldAddresses.size)

  const addressesFile = path.join(content, OLD_ADDRESSES_FILE)
  writeWhole(
    addressesFile,
    oldAddressesText(
      oldAddresses,
      existsSync(addressesFile) ? readFileSync(addressesFile, 'utf8') : '',
    ),
  )
  ledger.site = channel.baseSiteUrl
  saveLedger()
  writeWhole(path.join(beside, REPORT_FILE), report.markdown())
  return report
}

/** A markdown file's front matter as data (empty when it has none or it does not parse). */
function frontMatterOf(text: string): Record<string, unknown> {
  const parts = splitFrontMatter(text)
  try {
    return parts.ok ? asRecord(parseYaml(parts.yaml)) : {}
  } catch {
    return {}
  }
}

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}

const definedFields = (value: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(value).filter(([, entry]) => entry !== undefined && entry !== ''),
  )

/** A category's address part with its parents, as WordPress writes it: `news/politics`. */
function categoryPath(slug: string, terms: ReadonlyMap<string, { parent: string }>): string {
  const steps = [slug]
  let parent = terms.get(slug)?.parent
  for (let depth = 0; parent && depth < 10; depth += 1) {
    steps.unshift(parent)
    parent = terms.get(parent)?.parent
  }
  return steps.join('/')
}

/** An author's slug from a WordPress login (`Sara.K@example` → `sara-k-example`). */
function authorSlugFor(login: string): string {
  const slug = importSlug({ name: login.toLowerCase(), title: login, id: 'author' }, new Set()).slug
  return slug
}

function readOrMakeMapping(
  options: Options,
  channel: WxrChannel,
  beside: string,
  editions: readonly string[],
  sections: ReadonlyMap<string, { order: number; titles: string[] }>,
  report: ImportReport,
): ImportMapping {
  const given =
    options.map ??
    (existsSync(path.join(beside, MAPPING_FILE)) ? path.join(beside, MAPPING_FILE) : undefined)
  if (given) {
    report.note(`mapping read from ${path.relative(process.cwd(), path.resolve(given))}`)
    const mapping = parseMapping(readFileSync(given, 'utf8'), given)
    if (options.section) mapping.defaultSection = options.section
    if (
      !sections.has(mapping.defaultSection) &&
      !Object.values(mapping.categories).includes(mapping.defaultSection)
    )
      throw new Error(
        `${given}: defaultSection: "${mapping.defaultSection}" is no section in content/sections/`,
      )
    return mapping
  }
  const bySection = [...sections.entries()].sort((a, b) => a[1].order - b[1].order)
  const firstNews = bySection.find(([slug]) => slug !== 'opinion')?.[0]
  const defaultSection = options.section ?? firstNews
  if (!defaultSection || !sections.has(defaultSection))
    throw new Error(
      `--section: "${defaultSection ?? ''}" is no section in content/sections/; give one that is`,
    )
  const categories: Record<string, string> = {}
  for (const term of channel.terms.filter((candidate) => candidate.taxonomy === 'category')) {
    const decoded = decodeSlug(term.slug)
    const byTitle = [...sections.entries()].find(([, section]) =>
      section.titles.includes(plainText(term.name).toLowerCase()),
    )?.[0]
    categories[decoded] = sections.has(decoded) ? decoded : (byTitle ?? TOPIC)
  }
  const languages: Record<string, string> = {}
  for (const edition of editions) languages[edition] = edition
  const mapping: ImportMapping = {
    languages,
    categories,
    defaultSection,
    authors: Object.fromEntries(
      channel.authors.map((author) => [author.login, authorSlugFor(author.login)]),
    ),
    addresses: { category: '/category/', tag: '/tag/', author: '/author/' },
    pictureCredit: plainText(channel.title) || 'Archive',
  }
  const file = path.join(beside, MAPPING_FILE)
  writeFileSync(file, mappingText(mapping))
  console.log(
    `No mapping file: the import uses these defaults, written to ${path.relative(process.cwd(), file)} to adjust:\n\n${mappingText(mapping)}`,
  )
  report.note(
    `no mapping file: the defaults below are written to ${path.relative(process.cwd(), file)}; adjust it and run again`,
  )
  report.note(mappingText(mapping))
  return mapping
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      uploads: { type: 'string' },
      map: { type: 'string' },
      section: { type: 'string' },
      into: { type: 'string', default: 'content' },
      fetch: { type: 'boolean', default: false },
    },
  })
  const exportFile = positionals[0]
  if (!exportFile || positionals.length > 1) {
    console.error(
      'usage: npm run import:wordpress -- <export.xml> [--uploads <wp-content/uploads copy>] [--map <mapping.yml>] [--section <slug>] [--into <content folder>] [--fetch]',
    )
    process.exit(2)
  }
  try {
    const report = await importWordPress({
      exportFile,
      ...values,
      into: values.into ?? 'content',
      fetch: values.fetch ?? false,
    })
    console.log(report.summary())
    console.log(
      `\nNext: npm run check, then npm run build. Everything changed or left out: ${REPORT_FILE}`,
    )
  } catch (error) {
    if (error instanceof WxrError)
      console.error(
        `✗ ${error.message}\n  Nothing was imported: export the file again from WordPress (Tools → Export).`,
      )
    else console.error(`✗ ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
