import { defineDocumentType, defineNestedType, makeSource } from 'contentlayer2/source-files'
import { readingMinutes } from './lib/content/reading-time'
import { configureMarkdown } from './lib/content/markdown'

/*
 * The content schema: the shape of every file editors write (docs/content-model.md is the contract
 * editors read).
 * Contentlayer checks shapes here and fails the build on a missing, mistyped or unknown field.
 * What it cannot check (real dates, enum values, references between files, unique slugs,
 * image files) is checked by lib/content/rules.ts before any page is rendered.
 */

/** Where a picture is and what it shows: every picture has both. */
const pictureFields = {
  src: {
    type: 'string',
    required: true,
    description: 'Path under public/ starting with /, or relative to the file',
  },
  alt: {
    type: 'string',
    required: true,
    description: 'What the picture shows, for readers who cannot see it',
  },
} as const

const Image = defineNestedType(() => ({
  name: 'Image',
  fields: { ...pictureFields, caption: { type: 'string' }, credit: { type: 'string' } },
}))

/** A picture of a gallery: every reader is told what it shows, what it is and whose it is. */
const GalleryPhoto = defineNestedType(() => ({
  name: 'GalleryPhoto',
  fields: {
    ...pictureFields,
    caption: { type: 'string', required: true },
    credit: { type: 'string', required: true },
  },
}))

/** A video kept beside the story, played by the browser's own player (docs/story-media.md). */
const Video = defineNestedType(() => ({
  name: 'Video',
  fields: {
    src: { type: 'string', required: true, description: 'An MP4 file beside the story' },
    title: { type: 'string', required: true, description: 'What the video shows, in a line' },
    poster: {
      type: 'string',
      description: 'A picture shown before it plays; the lead picture when left out',
    },
    captions: { type: 'string', description: "A WebVTT file: the words, in the story's language" },
    credit: { type: 'string' },
  },
}))

/** A recording kept beside the story, played by the browser's own player. */
const Audio = defineNestedType(() => ({
  name: 'Audio',
  fields: {
    src: { type: 'string', required: true, description: 'An MP3 or M4A file beside the story' },
    title: { type: 'string', required: true, description: 'What the recording is, in a line' },
    captions: { type: 'string', description: "A WebVTT file: the words, in the story's language" },
    credit: { type: 'string' },
  },
}))

const Source = defineNestedType(() => ({
  name: 'Source',
  fields: {
    name: { type: 'string', required: true },
    url: { type: 'string' },
  },
}))

const Correction = defineNestedType(() => ({
  name: 'Correction',
  fields: {
    date: { type: 'string', required: true },
    text: { type: 'string', required: true },
  },
}))

const EditionText = defineNestedType(() => ({
  name: 'EditionText',
  fields: {
    en: { type: 'string' },
    ar: { type: 'string' },
  },
}))

const Link = defineNestedType(() => ({
  name: 'Link',
  fields: {
    label: { type: 'string', required: true },
    url: { type: 'string', required: true },
  },
}))

const slug = {
  type: 'string',
  resolve: (doc: { _raw: { sourceFileName: string } }) =>
    doc._raw.sourceFileName.replace(/\.md$/, ''),
} as const
const sourceFile = {
  type: 'string',
  resolve: (doc: { _raw: { sourceFilePath: string } }) => `content/${doc._raw.sourceFilePath}`,
} as const

/** What a story and a live page both carry: headline, summary, where, when and by whom. */
const storyFields = {
  title: { type: 'string', required: true },
  summary: { type: 'string', required: true },
  date: { type: 'string', required: true, description: 'ISO 8601 date-time with offset' },
  updated: { type: 'string' },
  section: { type: 'string', required: true },
  authors: { type: 'list', of: { type: 'string' } },
  tags: { type: 'list', of: { type: 'string' } },
  image: { type: 'nested', of: Image },
  gallery: {
    type: 'list',
    of: GalleryPhoto,
    description: 'Pictures shown as a grid after the text, each opening full size',
  },
  video: { type: 'nested', of: Video },
  audio: { type: 'nested', of: Audio },
  source: { type: 'nested', of: Source },
  dateline: { type: 'string' },
  lang: { type: 'string', default: 'en' },
  translationKey: { type: 'string' },
  featured: { type: 'boolean', default: false },
  breaking: { type: 'boolean', default: false },
  draft: { type: 'boolean', default: false },
  corrections: { type: 'list', of: Correction },
  aliases: {
    type: 'list',
    of: { type: 'string' },
    description:
      'Earlier addresses of this story, e.g. /en/politics/old-slug/: each redirects here',
  },
} as const

export const Article = defineDocumentType(() => ({
  name: 'Article',
  filePathPattern: 'articles/**/*.md',
  contentType: 'markdown',
  fields: storyFields,
  computedFields: {
    slug,
    sourceFile,
    readingMinutes: { type: 'number', resolve: (doc) => readingMinutes(doc.body.raw) },
  },
}))

/** A live page's folder name is its slug: content/live/election-count/index.md. */
const folderSlug = {
  type: 'string',
  resolve: (doc: { _raw: { sourceFileDir: string } }) =>
    doc._raw.sourceFileDir.split('/').at(-1) ?? '',
} as const

/**
 * A live page (docs/live-coverage.md): a story that reporters keep adding updates to, one file
 * each in the folder's updates/. Its `date` is when the coverage began.
 */
export const LivePage = defineDocumentType(() => ({
  name: 'LivePage',
  filePathPattern: 'live/*/index.md',
  contentType: 'markdown',
  fields: {
    ...storyFields,
    status: { type: 'string', default: 'live', description: 'live, or ended' },
    ended: { type: 'string', description: 'When the coverage ended (with status: ended)' },
    keyPoints: {
      type: 'list',
      of: { type: 'string' },
      description: 'The story so far, a line each, shown at the top',
    },
    pinned: { type: 'string', description: 'The file name of the update kept on top' },
  },
  computedFields: {
    slug: folderSlug,
    sourceFile,
    readingMinutes: { type: 'number', resolve: (doc) => readingMinutes(doc.body.raw) },
  },
}))

/** One update of a live page: content/live/<page>/updates/<id>.md. */
export const LiveUpdate = defineDocumentType(() => ({
  name: 'LiveUpdate',
  filePathPattern: 'live/*/updates/*.md',
  contentType: 'markdown',
  fields: {
    time: { type: 'string', required: true, description: 'ISO 8601 date-time with offset' },
    author: { type: 'string', description: 'An author slug; absent = the page’s first author' },
    title: { type: 'string' },
    keyEvent: {
      type: 'boolean',
      default: false,
      description: 'Listed among the key events at the top of the page (needs a title)',
    },
    draft: { type: 'boolean', default: false },
  },
  computedFields: {
    slug,
    sourceFile,
    live: {
      type: 'string',
      resolve: (doc: { _raw: { sourceFileDir: string } }) =>
        doc._raw.sourceFileDir.split('/')[1] ?? '',
    },
  },
}))

export const Section = defineDocumentType(() => ({
  name: 'Section',
  filePathPattern: 'sections/**/*.md',
  contentType: 'markdown',
  fields: {
    title: { type: 'string', required: true },
    description: { type: 'string' },
    parent: { type: 'string' },
    order: { type: 'number', default: 100 },
    titles: { type: 'nested', of: EditionText },
    descriptions: { type: 'nested', of: EditionText },
  },
  computedFields: { slug, sourceFile },
}))

export const Author = defineDocumentType(() => ({
  name: 'Author',
  filePathPattern: 'authors/**/*.md',
  contentType: 'markdown',
  fields: {
    name: { type: 'string', required: true },
    role: { type: 'string' },
    avatar: { type: 'nested', of: Image },
    links: { type: 'list', of: Link },
    names: { type: 'nested', of: EditionText },
    roles: { type: 'nested', of: EditionText },
  },
  computedFields: { slug, sourceFile },
}))

export const Page = defineDocumentType(() => ({
  name: 'Page',
  filePathPattern: 'pages/**/*.md',
  contentType: 'markdown',
  fields: {
    title: { type: 'string', required: true },
    summary: { type: 'string', required: true },
    lang: { type: 'string', default: 'en' },
    updated: { type: 'string' },
    draft: { type: 'boolean', default: false },
  },
  computedFields: { slug, sourceFile },
}))

/**
 * `npm run build` reads content itself (build/content/documents-from-files.ts) and runs
 * Contentlayer only for the schema's types, over an empty folder (build/stages/types.ts): the
 * generated module then holds no documents, so the render workers' bundle never holds the archive.
 */
export const SCHEMA_ONLY_DIR = '.cache/schema-only'

export default makeSource({
  contentDirPath:
    process.env.NEWSROOM_CONTENTLAYER_SCHEMA_ONLY === '1' ? SCHEMA_ONLY_DIR : 'content',
  contentDirInclude: ['articles', 'live', 'sections', 'authors', 'pages'],
  documentTypes: [Article, LivePage, LiveUpdate, Section, Author, Page],
  markdown: configureMarkdown,
  // A story must never vanish silently: any file that breaks the schema stops the build.
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  onUnknownDocuments: 'fail',
  disableImportAliasWarning: true,
})
