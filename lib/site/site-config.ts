import { parse as parseYaml, YAMLParseError } from 'yaml'
import { z } from 'zod'
import { editionCodes, type EditionCode } from './i18n/dictionaries'
import { ContentError, fieldPath, type ContentProblem } from '../content/problems'
import { HOSTS } from '../finish/host-files'
import { IMAGE_SERVICES } from '../finish/responsive-images'

/** static: one export holds every page; edge: the export holds the newest, a Worker the rest. */
export const ARCHIVE_MODES = ['static', 'edge'] as const
export type ArchiveMode = (typeof ARCHIVE_MODES)[number]

const editionSchema = z.object({
  code: z.enum(editionCodes as [EditionCode, ...EditionCode[]]),
  language: z.string().min(1),
  locale: z.string().min(2),
  dir: z.enum(['ltr', 'rtl']),
  name: z.string().min(1),
  tagline: z.string().min(1),
  defaultByline: z.string().min(1),
  /** Digits in dates and numbers: Arabic-Indic (٢٧) or Western (27); the locale's own when absent */
  numerals: z.enum(['arab', 'latn']).optional(),
  /** Show the Hijri date beside the Gregorian one in the masthead's date line */
  hijriDate: z.boolean().default(false),
  /** How the edition names the newsroom's time zone ("Baghdad", "بغداد"); from the IANA name when absent */
  timeZoneCity: z.string().min(1).optional(),
})

const siteSchema = z
  .object({
    name: z.string().min(1),
    baseUrl: z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, '')),
    timeZone: z.string().refine(isTimeZone, 'expected an IANA time zone such as Asia/Baghdad'),
    defaultEdition: z.enum(editionCodes as [EditionCode, ...EditionCode[]]),
    editions: z.array(editionSchema).min(1),
    social: z.array(z.object({ label: z.string().min(1), url: z.url() })).default([]),
    // Who makes the pictures' smaller sizes: the build (WebP copies) or the host's image service.
    images: z
      .object({ service: z.enum(IMAGE_SERVICES).default('build') })
      .strict()
      .default({ service: 'build' }),
    // Where the export is deployed: the build warns before the host's limits are reached.
    deploy: z
      .object({
        host: z.enum(HOSTS).default('cloudflare'),
        /** Override the host's file-count limit (a paid plan allows more) */
        maxFiles: z.number().int().positive().optional(),
        /** Override the host's limit on one file's size, in bytes */
        maxFileBytes: z.number().int().positive().optional(),
      })
      .strict()
      .default({ host: 'cloudflare' }),
    // The web admin at /admin/ (Sveltia CMS): where it saves when editors sign in with GitHub.
    admin: z
      .object({
        /** owner/name of the GitHub repository holding content/ */
        repo: z
          .string()
          .regex(/^[\w.-]+\/[\w.-]+$/, 'expected owner/name, e.g. newsroom/portal')
          .optional(),
        branch: z.string().min(1).default('main'),
        /** The OAuth client that signs editors in to GitHub (e.g. Sveltia CMS Authenticator) */
        authUrl: z.url({ protocol: /^https$/ }).optional(),
      })
      .strict()
      .default({ branch: 'main' }),
    // How the archive is published: every page in the export (static), or the newest stories and
    // every front in the export and the rest rendered on demand by a Cloudflare Worker (edge).
    // `archive: edge` is short for `archive: { mode: edge }`. docs/edge-mode.md.
    /**
     * Telling search engines and feed readers at once, after each deploy (docs/announce.md):
     * IndexNow with the newsroom's key (published as /<key>.txt), and the WebSub hub every feed
     * names. Off unless given.
     */
    announce: z
      .object({
        indexNow: z
          .object({
            key: z
              .string()
              .regex(
                /^[A-Za-z0-9-]{8,128}$/,
                'expected 8 to 128 letters, digits or dashes (IndexNow), e.g. from `openssl rand -hex 16`',
              ),
            endpoint: z.url({ protocol: /^https?$/ }).default('https://api.indexnow.org/indexnow'),
          })
          .strict()
          .optional(),
        webSubHub: z.url({ protocol: /^https?$/ }).optional(),
      })
      .strict()
      .default({}),
    archive: z.preprocess(
      (value) => (typeof value === 'string' ? { mode: value } : value),
      z
        .object({
          mode: z.enum(ARCHIVE_MODES).default('static'),
          /** In edge mode, stories this many days old or newer are in the export */
          prerenderDays: z.number().int().min(0).default(30),
        })
        .strict()
        .default({ mode: 'static', prerenderDays: 30 }),
    ),
  })
  .strict()
  .superRefine((site, ctx) => {
    const codes = site.editions.map((edition) => edition.code)
    codes.forEach((code, index) => {
      if (codes.indexOf(code) !== index) {
        ctx.addIssue({
          code: 'custom',
          path: ['editions', index, 'code'],
          message: `edition "${code}" is listed twice`,
        })
      }
    })
    if (!codes.includes(site.defaultEdition)) {
      ctx.addIssue({
        code: 'custom',
        path: ['defaultEdition'],
        message: `"${site.defaultEdition}" is not one of the editions listed (${codes.join(', ')})`,
      })
    }
  })

export type SiteConfig = z.infer<typeof siteSchema>
export type EditionConfig = z.infer<typeof editionSchema>

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return true
  } catch {
    return false
  }
}

/** Parses and validates the text of `content/site.yml`; throws a ContentError naming the field. */
export function parseSiteConfig(text: string, file: string): SiteConfig {
  let data: unknown
  try {
    data = parseYaml(text)
  } catch (error) {
    const message = error instanceof YAMLParseError ? error.message : String(error)
    throw new ContentError([{ file, field: '', message: `is not valid YAML: ${message}` }])
  }
  const result = siteSchema.safeParse(data)
  if (result.success) return result.data
  const problems: ContentProblem[] = result.error.issues.map((issue) => ({
    file,
    field: fieldPath(issue.path),
    message: issue.message,
  }))
  throw new ContentError(problems)
}
