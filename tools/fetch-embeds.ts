/**
 * `npm run embeds`: fetches, once, what the site shows of each post, video and map embedded in
 * the content (docs/embeds.md) and keeps it with the content, in
 * content/embeds/<provider>/<id>.json with its thumbnail beside it, so every build reads it
 * offline and the same. Only what is missing is fetched (`-- --refresh` fetches everything
 * again). Each answer is untrusted: bounded in size and time, read field by field as plain text,
 * checked by the metadata schema before it is kept; the thumbnail must be a JPEG, PNG or WebP, and
 * is kept drawn again by sharp, never as fetched.
 *
 *   META_OEMBED_TOKEN      Meta's app token, for Instagram and Facebook posts (else: link cards)
 *   NEWSROOM_EMBED_PROXY   tests: every request goes to <proxy>/?url=<address> instead
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { imageSize } from 'image-size'
import sharp from 'sharp'
import { IMAGE_LIMITS } from '../lib/content/images'
import { isMain } from '../build/is-main'
import { EMBED_PROVIDERS, embedFile, embedOf, type EmbedLink } from '../lib/content/embeds'
import { embedMetadataSchema, readEmbedMetadata } from '../lib/content/embed-metadata'
import { fromOEmbed, fromOpenGraph, type FetchedPost } from '../lib/content/embed-sources'

const TIMEOUT_MS = 10_000
const MAX_ANSWER_BYTES = 1024 * 1024
const MAX_THUMBNAIL_BYTES = 5 * 1024 * 1024
/** What a provider's thumbnail may be: a picture sharp draws again as JPEG. */
const THUMBNAIL_TYPES = new Set(['jpg', 'png', 'webp'])

/** Markdown files whose text readers read: stories, live pages and their updates, pages. */
function markdownFiles(root: string): string[] {
  const content = path.join(root, 'content')
  return ['articles', 'live', 'pages'].flatMap((folder) => {
    try {
      return readdirSync(path.join(content, folder), { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.md'))
        .map((file) => path.join(content, folder, file))
    } catch {
      return []
    }
  })
}

/**
 * The embeds a file's text holds: a paragraph that is one provider's address and nothing else,
 * as the markdown pipeline reads it (lib/content/markdown.ts, embedLinks).
 */
export function embedsInMarkdown(text: string): EmbedLink[] {
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '')
  return body.split(/\n\s*\n/).flatMap((paragraph) => {
    const address = /^<?(https?:\/\/[^\s<>]+?)>?$/.exec(paragraph.trim())?.[1]
    const link = address ? embedOf(address) : undefined
    return link ? [link] : []
  })
}

/** GET `url` (through the proxy in tests), at most `limit` bytes within the timeout. */
async function fetchBounded(url: string, limit: number): Promise<{ type: string; body: Buffer }> {
  const proxy = process.env.NEWSROOM_EMBED_PROXY
  const target = proxy ? `${proxy}/?url=${encodeURIComponent(url)}` : url
  const response = await fetch(target, {
    signal: AbortSignal.timeout(TIMEOUT_MS),
    headers: { 'user-agent': 'newsroom-portal embeds (+https://github.com/)' },
    redirect: 'follow',
  })
  if (!response.ok) throw new Error(`answered ${response.status}`)
  const declared = Number(response.headers.get('content-length') ?? 0)
  if (declared > limit) throw new Error(`answered ${declared} bytes, more than ${limit}`)
  const chunks: Buffer[] = []
  let bytes = 0
  for await (const chunk of response.body ?? []) {
    bytes += (chunk as Uint8Array).length
    if (bytes > limit) throw new Error(`answered more than ${limit} bytes`)
    chunks.push(Buffer.from(chunk as Uint8Array))
  }
  return { type: response.headers.get('content-type') ?? '', body: Buffer.concat(chunks) }
}

/** What the provider says of the post, or why it said nothing usable. */
async function fetchPost(link: EmbedLink): Promise<FetchedPost> {
  const { metadata } = EMBED_PROVIDERS[link.provider]
  if (metadata.kind === 'opengraph') {
    const page = await fetchBounded(link.url, MAX_ANSWER_BYTES)
    return fromOpenGraph(page.body.toString('utf8'))
  }
  if (metadata.kind !== 'oembed') throw new Error('has nothing to fetch')
  const token = metadata.tokenVariable ? process.env[metadata.tokenVariable] : undefined
  if (metadata.tokenVariable && !token)
    throw new Error(`needs ${metadata.tokenVariable} (Meta's app token) to be asked`)
  const endpoint = metadata.endpoint
    .replace('{url}', encodeURIComponent(link.url))
    .replace('{token}', encodeURIComponent(token ?? ''))
  const answer = await fetchBounded(endpoint, MAX_ANSWER_BYTES)
  let json: unknown
  try {
    json = JSON.parse(answer.body.toString('utf8'))
  } catch {
    throw new Error('answered something that is not JSON')
  }
  return fromOEmbed(link, json)
}

/**
 * A provider's thumbnail as the site keeps it: decoded and drawn again as a JPEG at most 1280
 * pixels wide, by sharp (the build's picture library), so nothing of the fetched file — its
 * metadata, anything appended to it, a file that is also something else — is ever published.
 * Only a JPEG, PNG or WebP picture within the pixel limit is taken.
 */
export async function reencodeThumbnail(bytes: Buffer): Promise<Buffer> {
  let type: string | undefined
  try {
    type = imageSize(bytes).type
  } catch {
    type = undefined
  }
  if (!THUMBNAIL_TYPES.has(type ?? '')) throw new Error('is not a JPEG, PNG or WebP picture')
  return sharp(bytes, { limitInputPixels: IMAGE_LIMITS.maxPixels })
    .rotate()
    .resize({ width: 1280, withoutEnlargement: true })
    .jpeg({ quality: 80, mozjpeg: true })
    .toBuffer()
}

/** Fetches and keeps one embed's metadata and thumbnail; returns what it kept. */
export async function keepEmbed(root: string, link: EmbedLink, now: Date): Promise<string> {
  const post = await fetchPost(link)
  const file = path.join(root, embedFile(link))
  mkdirSync(path.dirname(file), { recursive: true })
  let thumbnail: string | undefined
  if (post.thumbnailUrl) {
    try {
      const picture = await fetchBounded(post.thumbnailUrl, MAX_THUMBNAIL_BYTES)
      const drawn = await reencodeThumbnail(picture.body)
      thumbnail = `${link.id}.jpg`
      writeFileSync(path.join(path.dirname(file), thumbnail), drawn)
    } catch (error) {
      console.log(`  · ${link.url}: its thumbnail is left out (${(error as Error).message})`)
    }
  }
  const metadata = embedMetadataSchema.parse({
    url: link.url,
    provider: link.provider,
    ...(post.title ? { title: post.title } : {}),
    ...(post.author ? { author: post.author } : {}),
    ...(post.authorUrl ? { authorUrl: post.authorUrl } : {}),
    ...(post.text ? { text: post.text } : {}),
    ...(post.published ? { published: post.published } : {}),
    ...(thumbnail ? { thumbnail } : {}),
    fetched: now.toISOString().replace(/\.\d+Z$/, 'Z'),
    source: post.source,
  })
  writeFileSync(file, `${JSON.stringify(metadata, null, 2)}\n`)
  return path.relative(root, file).split(path.sep).join('/')
}

async function main() {
  const root = process.cwd()
  const refresh = process.argv.includes('--refresh')
  const links = new Map<string, EmbedLink>()
  for (const file of markdownFiles(root))
    for (const link of embedsInMarkdown(readFileSync(file, 'utf8'))) links.set(link.url, link)
  let kept = 0
  let fetched = 0
  const failed: string[] = []
  for (const link of links.values()) {
    if (EMBED_PROVIDERS[link.provider].metadata.kind === 'link') continue
    if (!refresh && readEmbedMetadata(root, link)?.ok) {
      kept += 1
      continue
    }
    try {
      console.log(`  ✓ ${link.url} → ${await keepEmbed(root, link, new Date())}`)
      fetched += 1
    } catch (error) {
      failed.push(`${link.url}: ${(error as Error).message}`)
    }
  }
  for (const line of failed) console.log(`  ! ${line}: it shows as a card with the link alone`)
  console.log(
    `\n${links.size} embed(s) in the content: ${fetched} fetched now, ${kept} already kept, ${failed.length} not fetched.`,
  )
}

if (isMain(import.meta.url)) await main()
