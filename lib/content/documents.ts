/**
 * The documents every module reads — the content rules, the newsroom model, the records, the
 * benchmarks' generator — derived from Contentlayer's generated types, so `contentlayer.config.ts`
 * stays the one definition of a story's shape. Contentlayer's bookkeeping (`_id`, `_raw`, `type`)
 * is left out, nested objects included; a body is the rendered HTML (a section's, its markdown).
 */
import type { Article, Author, LivePage, LiveUpdate, Page, Section } from 'contentlayer/generated'

type Bookkeeping = '_id' | '_raw' | 'type'

/** A generated type without Contentlayer's bookkeeping, at every depth. */
type Fields<T> = T extends readonly (infer Item)[]
  ? Fields<Item>[]
  : T extends object
    ? { [Key in keyof T as Key extends Bookkeeping ? never : Key]: Fields<T[Key]> }
    : T

type Rendered = { body: { html: string } }

export type LivePageDocument = Omit<Fields<LivePage>, 'body'> & Rendered
export type LiveUpdateDocument = Omit<Fields<LiveUpdate>, 'body'> & Rendered

/** What a live page adds to a story (docs/live-coverage.md): its state and its updates. */
export type LiveCoverage = Pick<LivePageDocument, 'status' | 'ended' | 'keyPoints' | 'pinned'> & {
  /** In no order: the model orders them */
  updates: LiveUpdateDocument[]
}

/** A story; a live page is one too, with its coverage (lib/content/live-pages.ts). */
export type ArticleDocument = Omit<Fields<Article>, 'body'> &
  Rendered & { live?: LiveCoverage | undefined }
export type SectionDocument = Omit<Fields<Section>, 'body'> & { body: { raw: string } }
export type AuthorDocument = Omit<Fields<Author>, 'body'> & Rendered
export type PageDocument = Omit<Fields<Page>, 'body'> & Rendered

/** A picture as a document names it (a lead picture, an avatar). */
export type ImageField = NonNullable<ArticleDocument['image']>
/** A picture of a story's gallery: caption and credit are required. */
export type GalleryPhotoField = NonNullable<ArticleDocument['gallery']>[number]
/** A story's recording; a video has these fields and a poster. */
export type AudioField = NonNullable<ArticleDocument['audio']>

/** Everything Contentlayer read from content/, by kind. */
export type NewsroomDocuments = {
  articles: ArticleDocument[]
  sections: SectionDocument[]
  authors: AuthorDocument[]
  pages: PageDocument[]
}

type ReaderText = { sourceFile: string; body?: { html: string } | undefined }
type UpdateText = { sourceFile: string; body: { html: string } }

/**
 * Every text readers read of a story, each with its file: its body and, for a live page, each
 * update's (those `keep` keeps: the published ones, where that matters).
 */
export function readerTexts<Update extends UpdateText>(
  story: ReaderText & { live?: { updates: readonly Update[] } | undefined },
  keep: (update: Update) => boolean = () => true,
): { file: string; html: string }[] {
  return [
    { file: story.sourceFile, html: story.body?.html ?? '' },
    ...(story.live?.updates ?? [])
      .filter(keep)
      .map((update) => ({ file: update.sourceFile, html: update.body.html })),
  ]
}
