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

/** A file path pattern as Contentlayer reads it: `*` within one folder, `**` and a slash any folders. */
function patternOf(glob: string): RegExp {
  const source = glob
    .split(/(\*\*\/|\*)/)
    .map((part) =>
      part === '**/' ? '(?:[^/]+/)*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('')
  return new RegExp(`^${source}$`)
}

type SpecWithPattern = DocumentSpec & { pattern: RegExp }

function toDocument(type: ContentlayerDocument): SpecWithPattern {
  const def = type.def()
  return {
    name: def.name,
    folder: def.filePathPattern.split('/')[0] ?? '',
    fields: toFields(def.fields),
    pattern: patternOf(def.filePathPattern),
  }
}

/** Articles, live pages and their updates, sections, authors, pages: in the config's order. */
export const CONTENT_SCHEMA: readonly SpecWithPattern[] = [
  config.Article,
  config.LivePage,
  config.LiveUpdate,
  config.Section,
  config.Author,
  config.Page,
].map((type) => toDocument(type as unknown as ContentlayerDocument))

/**
 * The document type of a content file (content/articles/2026/x.md → Article), or none for a
 * markdown file no type's pattern takes (content/live/notes.md).
 */
export function documentSpecFor(file: string): DocumentSpec | undefined {
  const inContent = file.replace(/^content\//, '')
  return CONTENT_SCHEMA.find((spec) => spec.pattern.test(inContent))
}
