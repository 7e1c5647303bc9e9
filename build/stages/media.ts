import { copyFileSync, lstatSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { bodyImages } from '../../lib/content/rules'
import {
  CONTENT_MEDIA_URL,
  isRemoteSource,
  isResolved,
  resolveImage,
} from '../../lib/content/images'
import { publicationStatus } from '../../lib/newsroom/publication'

type StoryMedia = {
  sourceFile: string
  draft: boolean
  date: string
  image?: { src: string } | undefined
  body?: { html: string } | undefined
}
type AuthorMedia = { sourceFile: string; avatar?: { src: string } | undefined }

/**
 * The images kept beside content files that the site shows: lead images and pictures in the text
 * of published stories (all stories, drafts included, when `includeUnpublished`, as in the
 * editors' preview) and author portraits. Project-relative paths, e.g. content/articles/2026/bridge.jpg.
 */
export function mediaInUse(
  root: string,
  { articles, authors }: { articles: readonly StoryMedia[]; authors: readonly AuthorMedia[] },
  { buildTime, includeUnpublished }: { buildTime: Date; includeUnpublished: boolean },
): string[] {
  const used = new Set<string>()
  const add = (src: string | undefined, sourceFile: string) => {
    if (src === undefined || src.startsWith('/')) return
    const resolved = resolveImage(src, sourceFile, root)
    if (isResolved(resolved)) used.add(path.relative(root, resolved.file).split(path.sep).join('/'))
  }
  for (const article of articles) {
    const status = publicationStatus(article, buildTime)
    if (!includeUnpublished && status !== 'published') continue
    add(article.image?.src, article.sourceFile)
    for (const image of bodyImages(article.body?.html ?? '')) {
      // Only plain paths: another site's picture is refused by the checks.
      if (!isRemoteSource(image.src)) add(image.src, article.sourceFile)
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
