/**
 * What the site knows of an embedded post or video: its title, author, words and thumbnail,
 * kept with the content (content/embeds/<provider>/<id>.json and the thumbnail beside it) by
 * tools/fetch-embeds.ts, so a build reads them offline and the same every time. The files come
 * from other sites' answers: each is read through this schema (plain text of bounded length,
 * addresses over HTTPS, a thumbnail named beside the file), and one that fails it is as if it
 * were not there: the card falls back to what the link itself says.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import {
  EMBED_PROVIDERS,
  embedAddresses,
  embedFile,
  embedOf,
  type EmbedLink,
  type EmbedProviderName,
} from './embeds'
import type { ContentProblem } from './problems'

const https = z
  .string()
  .max(600)
  .regex(/^https:\/\/[^\s"'<>]+$/)

const text = (max: number) =>
  z
    .string()
    .max(max)
    // Plain text only: tags dropped, then any bracket or control character left.
    .transform((value) =>
      value
        .replace(/<[^>]*>/g, '')
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f<>]/g, '')
        .trim(),
    )

export const embedMetadataSchema = z
  .object({
    url: https,
    provider: z.enum(Object.keys(EMBED_PROVIDERS) as [EmbedProviderName, ...EmbedProviderName[]]),
    title: text(300).optional(),
    author: text(120).optional(),
    authorUrl: https.optional(),
    /** A post's words, as plain text (an X or Telegram post, a video's description) */
    text: text(1000).optional(),
    /** When the post was published, as the provider says it (ISO 8601) */
    published: z
      .string()
      .regex(/^\d{4}-\d\d-\d\d(T[\d:.]+(Z|[+-]\d\d:\d\d))?$/)
      .optional(),
    /** The thumbnail's file name beside this file */
    thumbnail: z
      .string()
      .regex(/^[\w.-]{1,120}\.(jpg|png|webp)$/)
      .optional(),
    /** When it was kept, and from where: the provider's oEmbed answer, its page's Open Graph tags, or an editor writing the file by hand (when a provider refuses to answer, or for the sample's own posts) */
    fetched: z.string().max(40),
    source: z.enum(['oembed', 'opengraph', 'editor']),
  })
  .strict()

export type EmbedMetadata = z.infer<typeof embedMetadataSchema>

export type EmbedMetadataRead =
  | { ok: true; metadata: EmbedMetadata }
  | { ok: false; problem: string }
  | undefined

/** The metadata kept for `link`, a problem with its file, or undefined when there is none. */
export function readEmbedMetadata(root: string, link: EmbedLink): EmbedMetadataRead {
  const file = path.join(root, embedFile(link))
  if (!existsSync(file)) return undefined
  let data: unknown
  try {
    data = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    return { ok: false, problem: `is not valid JSON: ${(error as Error).message}` }
  }
  const parsed = embedMetadataSchema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return {
      ok: false,
      problem: `${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'is not embed metadata'}`,
    }
  }
  if (parsed.data.provider !== link.provider || parsed.data.url !== link.url)
    return { ok: false, problem: `describes ${parsed.data.url}, not ${link.url}` }
  return { ok: true, metadata: parsed.data }
}

/** The model's reader of embed metadata (lib/newsroom/model.ts): a broken file reads as none. */
export const embedMetadataReader =
  (root: string) =>
  (link: EmbedLink): EmbedMetadata | undefined => {
    const read = readEmbedMetadata(root, link)
    return read?.ok ? read.metadata : undefined
  }

/**
 * What `npm run check` says of a text's embeds (warnings: a card falls back to its link, the
 * build goes on): a link nothing is kept of yet, a metadata file the schema refuses, a
 * thumbnail it names that is not there.
 */
export function embedProblems(
  root: string,
  texts: readonly { file: string; html: string }[],
): ContentProblem[] {
  const problems: ContentProblem[] = []
  const warn = (file: string, field: string, message: string) =>
    problems.push({ file, field, message, severity: 'warning' })
  const seen = new Set<string>()
  for (const { file, html } of texts)
    for (const url of embedAddresses(html)) {
      const link = embedOf(url)
      if (!link || EMBED_PROVIDERS[link.provider].metadata.kind === 'link') continue
      const read = readEmbedMetadata(root, link)
      if (read === undefined)
        warn(
          file,
          'body',
          `embeds ${url}, of which nothing is kept yet: run \`npm run embeds\` (it asks ${EMBED_PROVIDERS[link.provider].label} once, over the network); until then the page shows a card with the link alone`,
        )
      else if (seen.has(url)) continue
      else if (!read.ok) warn(embedFile(link), '', `${read.problem}: the card shows the link alone`)
      else if (
        read.metadata.thumbnail &&
        !existsSync(path.join(root, path.dirname(embedFile(link)), read.metadata.thumbnail))
      )
        warn(embedFile(link), 'thumbnail', `"${read.metadata.thumbnail}" is not beside the file`)
      seen.add(url)
    }
  return problems
}
