/**
 * The documents every module reads — the content rules, the newsroom model, the records, the
 * benchmarks' generator — derived from Contentlayer's generated types, so `contentlayer.config.ts`
 * stays the one definition of a story's shape. Contentlayer's bookkeeping (`_id`, `_raw`, `type`)
 * is left out, nested objects included; a body is the rendered HTML (a section's, its markdown).
 */
import type { Article, Author, Page, Section } from 'contentlayer/generated'

type Bookkeeping = '_id' | '_raw' | 'type'

/** A generated type without Contentlayer's bookkeeping, at every depth. */
type Fields<T> = T extends readonly (infer Item)[]
  ? Fields<Item>[]
  : T extends object
    ? { [Key in keyof T as Key extends Bookkeeping ? never : Key]: Fields<T[Key]> }
    : T

type Rendered = { body: { html: string } }

export type ArticleDocument = Omit<Fields<Article>, 'body'> & Rendered
export type SectionDocument = Omit<Fields<Section>, 'body'> & { body: { raw: string } }
export type AuthorDocument = Omit<Fields<Author>, 'body'> & Rendered
export type PageDocument = Omit<Fields<Page>, 'body'> & Rendered

/** A picture as a document names it (a lead picture, an avatar). */
export type ImageField = NonNullable<ArticleDocument['image']>

/** Everything Contentlayer read from content/, by kind. */
export type NewsroomDocuments = {
  articles: ArticleDocument[]
  sections: SectionDocument[]
  authors: AuthorDocument[]
  pages: PageDocument[]
}
