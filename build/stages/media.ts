import { copyFileSync, lstatSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { bodyImages } from '../../lib/content/rules'
import {
  CONTENT_MEDIA_URL,
  isRemoteSource,
  isResolved,
  PICTURE_FILES,
  resolveContentFile,
} from '../../lib/content/images'
import { MEDIA_FILES } from '../../lib/content/media-files'
import { publicationStatus } from '../../lib/newsroom/publication'
import { readerTexts } from '../../lib/content/documents'
import { embedAddresses, embedFile, embedOf } from '../../lib/content/embeds'
import { readEmbedMetadata } from '../../lib/content/embed-metadata'

type StoryMedia = {
  sourceFile: string
  draft: boolean
  date: string
  image?: { src: string } | undefined
  gallery?: readonly { src: string }[] | undefined
  video?: { src: string; captions?: string | undefined; poster?: string | undefined } | undefined
  audio?: { src: string; captions?: string | undefined } | undefined
  body?: { html: string } | undefined
  /** A live page's updates, each with pictures of its own */
  live?:
    | {
        updates: readonly {
          sourceFile: string
          draft: boolean
          time: string
          body: { html: string }
        }[]
      }
    | undefined
}
type AuthorMedia = { sourceFile: string; avatar?: { src: string } | undefined }

/**
 * The files kept beside content files that the site shows: lead images, galleries, video and
 * audio with their captions and posters, pictures in the text
 * of published stories and of their published live updates, their embeds' thumbnails (all of
 * them, drafts included, when
 * `includeUnpublished`, as in the editors' preview) and author portraits. Project-relative paths, e.g. content/articles/2026/bridge.jpg.
 */
export function mediaInUse(
  root: string,
  { articles, authors }: { articles: readonly StoryMedia[]; authors: readonly AuthorMedia[] },
  { buildTime, includeUnpublished }: { buildTime: Date; includeUnpublished: boolean },
): string[] {
  const used = new Set<string>()
  const add = (src: string | undefined, sourceFile: string, kind = PICTURE_FILES) => {
    if (src === undefined || src.startsWith('/')) return
    const resolved = resolveContentFile(src, sourceFile, kind, root)
    if (isResolved(resolved)) used.add(path.relative(root, resolved.file).split(path.sep).join('/'))
  }
  for (const article of articles) {
    const status = publicationStatus(article, buildTime)
    if (!includeUnpublished && status !== 'published') continue
    add(article.image?.src, article.sourceFile)
    for (const photo of article.gallery ?? []) add(photo.src, article.sourceFile)
    for (const kind of ['video', 'audio'] as const) {
      const media = article[kind]
      add(media?.src, article.sourceFile, MEDIA_FILES[kind])
      add(media?.captions, article.sourceFile, MEDIA_FILES.captions)
    }
    add(article.video?.poster, article.sourceFile)
    const texts = readerTexts(
      article,
      (update) =>
        includeUnpublished ||
        publicationStatus({ ...update, date: update.time }, buildTime) === 'published',
    )
    for (const { file: sourceFile, html } of texts) {
      for (const image of bodyImages(html)) {
        // Only plain paths: another site's picture is refused by the checks.
        if (!isRemoteSource(image.src)) add(image.src, sourceFile)
      }
      // Each embed's thumbnail, kept beside its metadata (docs/embeds.md).
      for (const url of embedAddresses(html)) {
        const link = embedOf(url)
        const read = link ? readEmbedMetadata(root, link) : undefined
        if (link && read?.ok) add(read.metadata.thumbnail, embedFile(link))
      }
    }
  }
  for (const author of authors) add(author.avatar?.src, author.sourceFile)
  return [...used].sort()
}

/**
 * Copies the given images (content/articles/2026/bridge.jpg) to public/media/, where they are
 * published at /media/articles/2026/bridge.jpg. Only real files are copied, never a link.
 */
export function publishContentMedia(root: string, files: readonly string[]): void {
  const target = path.join(root, 'public', CONTENT_MEDIA_URL)
  rmSync(target, { recursive: true, force: true })
  for (const file of files) {
    const source = path.join(root, file)
    if (!file.startsWith('content/') || !lstatSync(source).isFile())
      throw new Error(`${file} is not a file inside content/`)
    const destination = path.join(target, file.slice('content/'.length))
    mkdirSync(path.dirname(destination), { recursive: true })
    copyFileSync(source, destination)
  }
}
