/**
 * The documents of content/, made from the files themselves: the documents Contentlayer makes of
 * them (same schema, read from contentlayer.config.ts; same YAML parser and defaults; same markdown
 * pipeline; the same computed fields), without Contentlayer's run. `npm run build` reads content
 * this way (decision 006): Contentlayer keeps every document's state and writes the whole archive
 * as one JSON file, which runs out of heap past about 20,000 stories, while this reads one file at
 * a time and keeps each body's HTML in a cache keyed by the file's bytes. `npm run dev` still runs
 * Contentlayer, which Next watches; tests/content/documents.test.ts holds the two to the same
 * documents.
 *
 * The check also reads misshapen content this way, so that an editor sees the rules across files
 * (an unknown section, two stories at one address, a dead link) in the same run as the shape
 * mistakes: a misshapen value becomes its field's default, and the caller drops what the rules
 * say of a field the shape check already reported. A section or author whose front matter cannot
 * be read at all still stands for its slug, so stories filed under it are not reported as well.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type {
  ArticleDocument,
  AuthorDocument,
  LivePageDocument,
  LiveUpdateDocument,
  NewsroomDocuments,
  PageDocument,
  SectionDocument,
} from '../../lib/content/documents'
import { frontMatterValues } from '../../lib/content/front-matter'
import { renderMarkdown } from '../../lib/content/markdown'
import { readingMinutes } from '../../lib/content/reading-time'
import { documentSpecFor } from './content-schema'
import { livePageStories } from '../../lib/content/live-pages'
import type { ReadableFile } from './scan-content'

export type DocumentsFromFiles = {
  documents: NewsroomDocuments
  /** Files that stand only for their slug: nothing the rules say of them is reported. */
  placeholders: Set<string>
}

/** The document's slug, as contentlayer.config.ts computes it from the file name. */
const slugOf = (file: string) => path.posix.basename(file).replace(/\.md$/, '')
/** A live page's folder: content/live/<folder>/index.md, content/live/<folder>/updates/x.md. */
const liveFolderOf = (file: string) => file.split('/')[2] ?? ''

/**
 * Rendered bodies kept between builds, one file per markdown file's bytes and the code that
 * renders them (`.cache/documents/`); what this build did not read is removed after it.
 */
export type DocumentCache = { dir: string; code: string }

export const DOCUMENT_CACHE_DIR = path.join('.cache', 'documents')

type Rendered = { html: string; readingMinutes: number }

async function rendered(entry: ReadableFile, cache: DocumentCache | undefined, used: Set<string>) {
  const render = async (): Promise<Rendered> => ({
    html: await renderMarkdown(entry.body),
    readingMinutes: readingMinutes(entry.body),
  })
  if (!cache) return render()
  const key = createHash('sha256')
    .update(`${cache.code}\0${entry.file}\0${entry.yaml}\0${entry.body}`)
    .digest('hex')
  const file = path.join(cache.dir, `${key}.json`)
  used.add(`${key}.json`)
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Rendered
  } catch {
    const made = await render()
    writeFileSync(file, JSON.stringify(made))
    return made
  }
}

export async function documentsFromFiles(
  readable: readonly ReadableFile[],
  markdownFiles: readonly string[],
  cache?: DocumentCache,
): Promise<DocumentsFromFiles> {
  const documents: NewsroomDocuments = { articles: [], sections: [], authors: [], pages: [] }
  const livePages: LivePageDocument[] = []
  const liveUpdates: LiveUpdateDocument[] = []
  const placeholders = new Set<string>()
  if (cache) mkdirSync(cache.dir, { recursive: true })
  const used = new Set<string>()
  const byFile = new Map(readable.map((entry) => [entry.file, entry]))
  for (const file of markdownFiles) {
    const spec = documentSpecFor(file)
    if (!spec) continue
    const entry = byFile.get(file)
    const identity = { slug: slugOf(file), sourceFile: file }
    if (!entry) {
      if (spec.name === 'Section')
        documents.sections.push({ ...identity, title: '', order: 100, body: { raw: '' } })
      if (spec.name === 'Author')
        documents.authors.push({ ...identity, name: '', body: { html: '' } })
      placeholders.add(file)
      continue
    }
    const values = { ...frontMatterValues(entry.yaml, spec.fields), ...identity }
    // Each type's values were made to its fields above, defaults included.
    switch (spec.name) {
      case 'Article': {
        const { html, readingMinutes } = await rendered(entry, cache, used)
        documents.articles.push({ ...values, readingMinutes, body: { html } } as ArticleDocument)
        break
      }
      case 'LivePage': {
        const { html, readingMinutes } = await rendered(entry, cache, used)
        const slug = liveFolderOf(file)
        livePages.push({ ...values, slug, readingMinutes, body: { html } } as LivePageDocument)
        break
      }
      case 'LiveUpdate': {
        const { html } = await rendered(entry, cache, used)
        const live = liveFolderOf(file)
        liveUpdates.push({ ...values, live, body: { html } } as LiveUpdateDocument)
        break
      }
      case 'Section':
        // A section's text is read as markdown where it is shown (its description).
        documents.sections.push({ ...values, body: { raw: entry.body } } as SectionDocument)
        break
      case 'Author': {
        const { html } = await rendered(entry, cache, used)
        documents.authors.push({ ...values, body: { html } } as AuthorDocument)
        break
      }
      case 'Page': {
        const { html } = await rendered(entry, cache, used)
        documents.pages.push({ ...values, body: { html } } as PageDocument)
        break
      }
    }
  }
  documents.articles.push(...livePageStories(livePages, liveUpdates))
  if (cache)
    for (const name of readdirSync(cache.dir))
      if (!used.has(name)) rmSync(path.join(cache.dir, name), { force: true })
  return { documents, placeholders }
}
