/**
 * Contentlayer's output read from disk (`.contentlayer/generated/<Type>/_index.json`), for the
 * build's stages and the tools, which run once Contentlayer has written it. The export's routes
 * import the same output through the bundler instead (lib/content/export-reader.ts), so that
 * `next dev` follows every save; nothing else reads it.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type {
  ArticleDocument,
  AuthorDocument,
  LivePageDocument,
  LiveUpdateDocument,
  NewsroomDocuments,
  PageDocument,
  SectionDocument,
} from './documents'
import { livePageStories } from './live-pages'

const TYPES = {
  articles: 'Article',
  livePages: 'LivePage',
  liveUpdates: 'LiveUpdate',
  sections: 'Section',
  authors: 'Author',
  pages: 'Page',
} as const

/** The file Contentlayer writes a type's documents to (the preview's follower watches it). */
export function generatedIndexFile(root: string, kind: keyof typeof TYPES): string {
  return path.join(root, '.contentlayer', 'generated', TYPES[kind], '_index.json')
}

function readIndex<T>(root: string, kind: keyof typeof TYPES): T[] {
  const file = generatedIndexFile(root, kind)
  // A type with no documents at all has no folder.
  if (!existsSync(file)) return []
  const documents: unknown = JSON.parse(readFileSync(file, 'utf8'))
  if (!Array.isArray(documents))
    throw new Error(`${path.relative(root, file)} is not a list of documents: run \`contentlayer2 build\` again`)
  // Contentlayer checked every document against contentlayer.config.ts, the schema these types follow.
  return documents as T[]
}

/** Every document Contentlayer wrote under `root` (run `contentlayer2 build` first). */
export function readGeneratedDocuments(root: string): NewsroomDocuments {
  return {
    articles: [
      ...readIndex<ArticleDocument>(root, 'articles'),
      ...livePageStories(
        readIndex<LivePageDocument>(root, 'livePages'),
        readIndex<LiveUpdateDocument>(root, 'liveUpdates'),
      ),
    ],
    sections: readIndex<SectionDocument>(root, 'sections'),
    authors: readIndex<AuthorDocument>(root, 'authors'),
    pages: readIndex<PageDocument>(root, 'pages'),
  }
}
