/**
 * The content schema as plain data (lib/content/front-matter.ts), read from contentlayer.config.ts so
 * there is one definition: the checks, the admin's configuration and Contentlayer all follow it.
 */
import * as config from '../../contentlayer.config'
import type { DocumentSpec, FieldSpec, Fields } from '../../lib/content/front-matter'

type ContentlayerField = {
  type: string
  required?: boolean
  description?: string
  default?: string | boolean | number
  of?:
    ContentlayerField | { type: 'nested'; def: () => { fields: Record<string, ContentlayerField> } }
  def?: () => { fields: Record<string, ContentlayerField> }
}
type ContentlayerDocument = {
  def: () => { name: string; filePathPattern: string; fields: Record<string, ContentlayerField> }
}

function toField(field: ContentlayerField): FieldSpec {
  const required = field.required === true
  const description = field.description
  if (field.type === 'list') {
    if (!field.of) throw new Error('a list field without `of`')
    return { kind: 'list', required, description, of: toField(field.of as ContentlayerField) }
  }
  if (field.type === 'nested') {
    const nested = field.def ?? field.of?.def
    if (!nested) throw new Error('a nested field without its type')
    return { kind: 'nested', required, description, fields: toFields(nested().fields) }
  }
  if (field.type === 'string' || field.type === 'boolean' || field.type === 'number')
    return { kind: field.type, required, description, default: field.default }
  throw new Error(`content schema: field type "${field.type}" is not supported by the checks`)
}

function toFields(fields: Record<string, ContentlayerField>): Fields {
  return Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, toField(field)]))
}

function toDocument(type: ContentlayerDocument): DocumentSpec {
  const def = type.def()
  return {
    name: def.name,
    folder: def.filePathPattern.split('/')[0] ?? '',
    fields: toFields(def.fields),
  }
}

/** Articles, sections, authors, pages: the document types, in the config's order. */
export const CONTENT_SCHEMA: readonly DocumentSpec[] = [
  config.Article,
  config.Section,
  config.Author,
  config.Page,
].map((type) => toDocument(type as unknown as ContentlayerDocument))

/** The document type whose folder holds a content file (content/articles/2026/x.md → Article). */
export function documentSpecFor(file: string): DocumentSpec | undefined {
  const folder = file.split('/')[1]
  return CONTENT_SCHEMA.find((spec) => spec.folder === folder)
}
