/**
 * The documents the content rules read, made from the files themselves instead of Contentlayer's
 * output. Contentlayer refuses the whole content folder when one file is misshapen, so without
 * this an editor would see the shape mistakes first and the rules across files (an unknown
 * section, two stories at one address, a dead link) only after fixing them. Each readable file
 * becomes the document Contentlayer would make of it (same YAML parser, same defaults, same
 * markdown pipeline for the body); a misshapen value becomes its field's default, and the rules'
 * problems about a field the shape check already reported are dropped by the caller.
 *
 * A section or author whose front matter cannot be read at all still stands for its slug, so
 * stories filed under it are not reported as well; what the rules say of it is dropped.
 */
import path from 'node:path'
import type { ArticleInput, AuthorInput, PageInput, SectionInput } from '../../lib/content/rules'
import { frontMatterValues } from '../../lib/content/front-matter'
import { renderMarkdown } from '../../lib/content/markdown'
import { documentSpecFor } from './content-schema'
import type { ReadableFile } from './scan-content'

export type DocumentsFromFiles = {
  articles: (ArticleInput & { draft: boolean })[]
  sections: SectionInput[]
  authors: AuthorInput[]
  pages: PageInput[]
  /** Files that stand only for their slug: nothing the rules say of them is reported. */
  placeholders: Set<string>
}

/** The document's slug, as contentlayer.config.ts computes it from the file name. */
const slugOf = (file: string) => path.posix.basename(file).replace(/\.md$/, '')

export async function documentsFromFiles(
  readable: readonly ReadableFile[],
  markdownFiles: readonly string[],
): Promise<DocumentsFromFiles> {
  const documents: DocumentsFromFiles = {
    articles: [],
    sections: [],
    authors: [],
    pages: [],
    placeholders: new Set(),
  }
  const byFile = new Map(readable.map((entry) => [entry.file, entry]))
  for (const file of markdownFiles) {
    const spec = documentSpecFor(file)
    if (!spec) continue
    const entry = byFile.get(file)
    const identity = { slug: slugOf(file), sourceFile: file }
    if (!entry) {
      if (spec.name === 'Section') documents.sections.push({ ...identity, title: '' })
      if (spec.name === 'Author') documents.authors.push({ ...identity, name: '' })
      documents.placeholders.add(file)
      continue
    }
    const values = { ...frontMatterValues(entry.yaml, spec.fields), ...identity }
    // Each type's values were made to its fields above, defaults included.
    switch (spec.name) {
      case 'Article': {
        const html = await renderMarkdown(entry.body)
        documents.articles.push({ ...values, body: { html } } as ArticleInput & { draft: boolean })
        break
      }
      case 'Section':
        documents.sections.push(values as SectionInput)
        break
      case 'Author':
        documents.authors.push(values as AuthorInput)
        break
      case 'Page':
        documents.pages.push(values as PageInput)
        break
    }
  }
  return documents
}
