/**
 * The web admin's configuration (Sveltia CMS, Decap-compatible), generated from the content
 * schema (build/content/content-schema.ts reads it from contentlayer.config.ts) and content/site.yml,
 * so the admin asks for exactly the fields the build accepts: required ones required, sections
 * and authors chosen from the real files, dates in the newsroom's time zone with its offset, lead
 * images with alt text, new articles saved as drafts. Every change goes through review: the
 * editorial workflow keeps each story on its own branch and pull request (draft → in review →
 * ready) until it is merged into the branch the site is built from, and the pull request's
 * preview deploy is what the admin's "preview" opens. Pure: plain data in, plain data out
 * (build/stages/admin.ts writes it).
 */
import type { DocumentSpec, FieldSpec } from '../lib/content/front-matter'

export type AdminField = {
  name: string
  label: string
  widget: string
  required?: boolean | undefined
  hint?: string
  default?: unknown
  fields?: AdminField[]
  field?: AdminField
  [option: string]: unknown
}

export type AdminCollection = {
  name: string
  label: string
  label_singular?: string
  folder: string
  path?: string
  create: boolean
  extension: 'md'
  format: 'frontmatter'
  filter?: { field: string; value: string | (string | null)[] }
  media_folder?: string
  public_folder?: string
  summary?: string
  sortable_fields?:
    | string[]
    | { fields: string[]; default: { field: string; direction: 'ascending' | 'descending' } }
  slug?: string
  identifier_field?: string
  fields: AdminField[]
}

/** A live page still running, whose updates the admin files (docs/live-coverage.md). */
export type RunningLivePage = { folder: string; title: string; lang: string }

export type AdminSettings = {
  repo?: string | undefined
  branch: string
  authUrl?: string | undefined
}

type Edition = { code: string; language: string }

/**
 * ISO 8601 with the offset, as the content rules require (2026-11-29T09:30:00+03:00), picked
 * and written in the newsroom's time zone: an editor abroad still files at Baghdad's hour.
 */
const dateTime = (timeZone: string) => ({
  widget: 'datetime',
  format: 'YYYY-MM-DDTHH:mm:ssZ',
  date_format: 'YYYY-MM-DD',
  time_format: 'HH:mm',
  input_timezone: timeZone,
  output_utc: false,
})

/** The deployment environment of a pull request's preview (.github/workflows/site.yml). */
export const PREVIEW_ENVIRONMENT = 'preview'

const LABELS: Record<string, string> = {
  title: 'Headline',
  summary: 'Standfirst (summary)',
  date: 'Published',
  updated: 'Updated',
  translationKey: 'Translation key (shared with the other edition’s version)',
  body: 'Text',
}

const label = (name: string) =>
  LABELS[name] ?? name.charAt(0).toUpperCase() + name.slice(1).replace(/([A-Z])/g, ' $1')

/** Fields whose widget is not the plain one for their type. */
type Overrides = Record<string, Partial<AdminField>>

function toField(name: string, spec: FieldSpec, overrides: Overrides, prefix = ''): AdminField {
  const path = `${prefix}${name}`
  const base: AdminField = {
    name,
    label: label(name),
    widget: 'string',
    required: spec.required,
    ...(spec.description ? { hint: spec.description } : {}),
  }
  let field: AdminField
  switch (spec.kind) {
    case 'boolean':
      field = { ...base, widget: 'boolean', default: false }
      break
    case 'number':
      field = { ...base, widget: 'number', value_type: 'int' }
      break
    case 'list':
      field =
        spec.of.kind === 'nested'
          ? {
              ...base,
              widget: 'list',
              fields: Object.entries(spec.of.fields).map(([child, childSpec]) =>
                toField(child, childSpec, overrides, `${path}.`),
              ),
            }
          : { ...base, widget: 'list' }
      break
    case 'nested':
      field = {
        ...base,
        widget: 'object',
        fields: Object.entries(spec.fields).map(([child, childSpec]) =>
          toField(child, childSpec, overrides, `${path}.`),
        ),
      }
      break
    case 'string':
      field = base
      break
  }
  return { ...field, ...overrides[path] }
}

function fieldsOf(spec: DocumentSpec, overrides: Overrides): AdminField[] {
  return Object.entries(spec.fields).map(([name, field]) => toField(name, field, overrides))
}

const body: AdminField = { name: 'body', label: label('body'), widget: 'markdown', required: false }

/** A lead image, a gallery's picture or a portrait: the file beside the story, its alt text required. */
const IMAGE_OVERRIDES = (field: string): Overrides => ({
  [`${field}.src`]: {
    widget: 'image',
    hint: 'Saved beside the file. JPEG, PNG, WebP, AVIF or GIF; at most 20 MB',
  },
  [`${field}.alt`]: { hint: 'What the picture shows, for readers who cannot see it' },
})

/** A story's own video and recording (docs/story-media.md): files beside the story. */
const MEDIA_OVERRIDES: Overrides = {
  'video.src': {
    widget: 'file',
    hint: 'Saved beside the file. MP4 (H.264 with AAC sound); at most 25 MB',
  },
  'video.poster': {
    widget: 'image',
    hint: 'Shown before it plays; the lead picture if left empty',
  },
  'video.captions': { widget: 'file', hint: 'The words, as a WebVTT (.vtt) file' },
  'audio.src': { widget: 'file', hint: 'Saved beside the file. MP3 or M4A; at most 25 MB' },
  'audio.captions': {
    widget: 'file',
    hint: 'The words, as a WebVTT (.vtt) file: linked as the transcript',
  },
}

export function adminConfig(
  schema: readonly DocumentSpec[],
  {
    editions,
    admin,
    timeZone,
    livePages = [],
  }: {
    editions: readonly Edition[]
    admin: AdminSettings
    timeZone: string
    livePages?: readonly RunningLivePage[]
  },
) {
  const spec = (name: string) => {
    const found = schema.find((document) => document.name === name)
    if (!found) throw new Error(`the content schema has no ${name} type`)
    return found
  }
  const DATE_TIME = dateTime(timeZone)
  /**
   * An edition's files: those with its `lang`, and for the edition Contentlayer assumes when
   * `lang` is left out (its default), those without one too.
   */
  const editionFilter = (type: string, code: string) => {
    const lang = spec(type).fields.lang
    const isDefault = lang?.kind === 'string' && lang.default === code
    return { field: 'lang', value: isDefault ? [code, null] : code }
  }
  const sectionRelation = {
    widget: 'relation',
    collection: 'sections',
    value_field: '{{slug}}',
    search_fields: ['title'],
    display_fields: ['title'],
  }
  const authorRelation = {
    widget: 'relation',
    collection: 'authors',
    value_field: '{{slug}}',
    search_fields: ['name'],
    display_fields: ['name'],
    multiple: true,
  }

  /** A story's fields, in an article and in a live page's index.md. */
  const storyOverrides = (edition: string): Overrides => ({
    date: { ...DATE_TIME, hint: 'With the newsroom’s offset, e.g. +03:00' },
    updated: DATE_TIME,
    section: sectionRelation,
    authors: authorRelation,
    summary: { widget: 'text' },
    lang: { widget: 'hidden', default: edition, required: undefined },
    // New stories start as drafts: nothing is published until an editor unticks it.
    draft: { default: true },
    'corrections.date': DATE_TIME,
    'corrections.text': { widget: 'text' },
    ...IMAGE_OVERRIDES('image'),
    ...IMAGE_OVERRIDES('gallery'),
    ...MEDIA_OVERRIDES,
  })

  const articleCollections = editions.map((edition): AdminCollection => ({
    name: `articles-${edition.code}`,
    label: `Articles — ${edition.language}`,
    label_singular: `Article (${edition.language})`,
    folder: 'content/articles',
    // As `npm run new` files them: content/articles/2026/11/<slug>.md
    path: '{{year}}/{{month}}/{{slug}}',
    filter: editionFilter('Article', edition.code),
    create: true,
    extension: 'md',
    format: 'frontmatter',
    // Pictures beside the story, as editors keep them by hand.
    media_folder: '',
    public_folder: '',
    summary: '{{title}}',
    sortable_fields: ['date', 'title'],
    fields: [
      ...fieldsOf(spec('Article'), storyOverrides(edition.code)),
      // A published story needs its text (a draft may still be empty: the check only warns).
      { ...body, required: true },
    ],
  }))
  const pageCollections = editions.map((edition): AdminCollection => ({
    name: `pages-${edition.code}`,
    label: `Pages — ${edition.language}`,
    folder: 'content/pages',
    path: edition.code === editions[0]?.code ? '{{slug}}' : `${edition.code}/{{slug}}`,
    filter: editionFilter('Page', edition.code),
    create: true,
    extension: 'md',
    format: 'frontmatter',
    fields: [
      ...fieldsOf(spec('Page'), {
        updated: DATE_TIME,
        summary: { widget: 'text' },
        lang: { widget: 'hidden', default: edition.code, required: undefined },
      }),
      body,
    ],
  }))
  /** A live page is a folder (content/live/<slug>/index.md) with its updates beside it. */
  const livePageCollections = editions.map((edition): AdminCollection => ({
    name: `live-${edition.code}`,
    label: `Live pages — ${edition.language}`,
    label_singular: `Live page (${edition.language})`,
    folder: 'content/live',
    path: '{{slug}}/index',
    filter: editionFilter('LivePage', edition.code),
    create: true,
    extension: 'md',
    format: 'frontmatter',
    media_folder: '',
    public_folder: '',
    summary: '{{title}} ({{status}})',
    sortable_fields: ['date', 'title'],
    fields: [
      ...fieldsOf(spec('LivePage'), {
        ...storyOverrides(edition.code),
        date: { ...DATE_TIME, hint: 'When the coverage starts, with the newsroom’s offset' },
        status: {
          widget: 'select',
          options: ['live', 'ended'],
          default: 'live',
          hint: 'Ended: the page says so and stops asking readers’ browsers for new updates',
        },
        ended: { ...DATE_TIME, hint: 'When the coverage ended (with status: ended)' },
        pinned: {
          hint: 'The file name of the update kept on top, without .md (e.g. 2026-11-28-1930-turnout); empty for none',
        },
      }),
      { ...body, required: false, hint: 'An introduction above the updates; may stay empty' },
    ],
  }))
  /**
   * One collection per running live page, filing into its updates/ folder: reporters post at
   * once without touching each other's files. Named by the minute (UTC) and a short random id,
   * so two updates in the same minute never share a file; the page orders them by `time`.
   */
  const updateFields = fieldsOf(spec('LiveUpdate'), {
    // Stamped when the reporter opens the form, with their browser's offset: the same instant,
    // shown in the newsroom's zone on the page. (Sveltia 0.221 hangs the editor on `{{now}}`
    // with a fixed `input_timezone`, so this field has none.)
    time: {
      widget: 'datetime',
      format: 'YYYY-MM-DDTHH:mm:ssZ',
      date_format: 'YYYY-MM-DD',
      time_format: 'HH:mm',
      output_utc: false,
      default: '{{now}}',
      hint: 'Now, unless you are filing something that happened earlier',
    },
    author: {
      ...authorRelation,
      multiple: false,
      hint: 'Leave empty for the page’s first author',
    },
    title: { label: 'Title', hint: 'Optional; needed for a key event' },
  })
  const updateCollections = livePages.map((page): AdminCollection => ({
    name: `updates-${page.folder}`,
    label: `Updates — ${page.title}`,
    label_singular: 'Update',
    folder: `content/live/${page.folder}/updates`,
    slug: '{{year}}-{{month}}-{{day}}-{{hour}}{{minute}}-{{uuid_shorter}}',
    identifier_field: 'time',
    create: true,
    extension: 'md',
    format: 'frontmatter',
    media_folder: '',
    public_folder: '',
    // Newest first, as the page shows them; by its title or, without one, its time as written
    // (Sveltia shows the identifier field for an empty one; its date filter knows no Baghdad).
    summary: '{{title}} · {{body | truncate(70)}}',
    sortable_fields: { fields: ['time'], default: { field: 'time', direction: 'descending' } },
    fields: [...updateFields, { ...body, required: true }],
  }))
  const sections: AdminCollection = {
    name: 'sections',
    label: 'Sections',
    folder: 'content/sections',
    create: true,
    extension: 'md',
    format: 'frontmatter',
    fields: [
      ...fieldsOf(spec('Section'), {
        parent: { ...sectionRelation, hint: 'Leave empty for a top-level section' },
      }),
      body,
    ],
  }
  const authors: AdminCollection = {
    name: 'authors',
    label: 'Authors',
    folder: 'content/authors',
    create: true,
    extension: 'md',
    format: 'frontmatter',
    identifier_field: 'name',
    media_folder: '',
    public_folder: '',
    fields: [...fieldsOf(spec('Author'), IMAGE_OVERRIDES('avatar')), body],
  }

  return {
    backend: {
      name: 'github',
      repo: admin.repo ?? 'OWNER/REPOSITORY',
      branch: admin.branch,
      ...(admin.authUrl ? { base_url: admin.authUrl } : {}),
      // One commit on the branch per story when it is published.
      squash_merges: true,
      preview_context: PREVIEW_ENVIRONMENT,
    },
    publish_mode: 'editorial_workflow',
    media_folder: 'public/images',
    public_folder: '/images',
    slug: { encoding: 'unicode', clean_accents: false },
    // An optional field left empty is left out, not written as '' (which the content rules
    // read as a value: `author: ''` names no author, `updated: ''` is no date).
    output: { omit_empty_optional_fields: true },
    collections: [
      ...articleCollections,
      ...livePageCollections,
      ...updateCollections,
      ...pageCollections,
      sections,
      authors,
    ],
  }
}
