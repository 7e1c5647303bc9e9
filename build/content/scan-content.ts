/**
 * The first look at content/, before Contentlayer reads a byte: every content file may come from
 * a contributor nobody has met. Walks the folder without following links and sorts every entry:
 *   - markdown stories (`*.md`): UTF-8, YAML front matter only, no YAML tags or aliases, within
 *     the size and nesting limits, no control or direction-override characters;
 *   - images (JPEG, PNG, WebP, AVIF, GIF), video (MP4), audio (MP3, M4A) and captions (WebVTT):
 *     published later only if a published story uses them;
 *   - refused (an error): symbolic links, special files, HTML, SVG, script and other active files,
 *     and stories whose extension Contentlayer would not read (`embargoed.MD`);
 *   - ignored (said so, never published): notes, backups, system files, hidden files.
 */
import { createHash } from 'node:crypto'
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  checkCharacters,
  checkFrontMatterYaml,
  checkMarkdownLimits,
  CONTENT_LIMITS,
  decodeContentText,
  splitFrontMatter,
  type TextProblem,
} from '../../lib/content/text'
import { IMAGE_EXTENSIONS } from '../../lib/content/images'
import { checkFrontMatterShape } from '../../lib/content/front-matter'
import type { ContentProblem } from '../../lib/content/problems'
import { documentSpecFor } from './content-schema'
import { EMBEDS_DIR } from '../../lib/content/embeds'
import { MEDIA_FILES } from '../../lib/content/media-files'

/** The folders Contentlayer reads documents from. */
export const DOCUMENT_FOLDERS = ['articles', 'live', 'sections', 'authors', 'pages'] as const
const TOP_LEVEL_FILES = ['site.yml', 'published-addresses.txt', 'old-addresses.txt']

/** Files a browser would run or render as a page if they were published. */
const ACTIVE_EXTENSIONS = new Set([
  '.html',
  '.htm',
  '.xhtml',
  '.shtml',
  '.svg',
  '.svgz',
  '.xml',
  '.xsl',
  '.js',
  '.mjs',
  '.cjs',
  '.css',
  '.wasm',
  '.php',
  '.swf',
])
/** A story's own video, audio and captions files (lib/content/media-files.ts). */
const STORY_MEDIA_EXTENSIONS = new Set<string>(
  Object.values(MEDIA_FILES).flatMap((kind) => kind.extensions),
)
/** Spellings of a markdown file that Contentlayer would pass over without a word. */
const OTHER_MARKDOWN = new Set(['.md', '.markdown', '.mdown', '.mkd', '.mdx'])

export type IgnoredFile = { file: string; why: string }
/**
 * A markdown file whose text passed the first look (its front matter is plain YAML that parsed,
 * its body within the limits): the rules can read it, even if its shape is wrong.
 */
export type ReadableFile = { file: string; yaml: string; body: string; bodyLine: number }
export type ContentScan = {
  /** Errors stop the build; warnings are printed. */
  problems: ContentProblem[]
  /** Every markdown file under the document folders (project-relative paths). */
  markdown: string[]
  /** The markdown files whose front matter could be read, misshapen or not. */
  readable: ReadableFile[]
  /** Files that are not read and never published, with the reason, so the build can say so. */
  ignored: IgnoredFile[]
  /** Images kept beside content files (project-relative paths): candidates for publishing. */
  images: string[]
}

/**
 * What the first look found in each markdown file, by a hash of the code and the file's name and
 * bytes: a build reads every file again, but parses only the new and changed ones' YAML (some
 * 6 s of 8 at 10,000 stories).
 */
export type ScanCache = { file: string; code: string }
export const SCAN_CACHE_FILE = path.join('.cache', 'content-scan.json')

type ScanMemo = { problems: ContentProblem[]; readable: boolean }

function readScanCache(cache: ScanCache | undefined): Map<string, ScanMemo> {
  if (!cache) return new Map()
  try {
    return new Map(
      Object.entries(JSON.parse(readFileSync(cache.file, 'utf8')) as Record<string, ScanMemo>),
    )
  } catch {
    return new Map()
  }
}

export function scanContent(root: string, cache?: ScanCache): ContentScan {
  const scan: ContentScan = { problems: [], markdown: [], readable: [], ignored: [], images: [] }
  const known = readScanCache(cache)
  const seen = new Map<string, ScanMemo>()
  const error = (file: string, field: string, message: string) =>
    scan.problems.push({ file, field, message })

  const walk = (relative: string, depth: number) => {
    for (const name of readdirSync(path.join(root, relative)).sort()) {
      const file = `${relative}/${name}`
      const stats = lstatSync(path.join(root, file))
      if (stats.isSymbolicLink()) {
        error(
          file,
          '',
          'is a symbolic link: links are never followed or published; put the file itself here',
        )
      } else if (stats.isDirectory()) {
        // content/embeds/ holds what is kept of embedded posts: looked at like the rest.
        if (
          depth === 0 &&
          !(DOCUMENT_FOLDERS as readonly string[]).includes(name) &&
          file !== EMBEDS_DIR
        )
          scan.ignored.push({ file: `${file}/`, why: `not one of ${DOCUMENT_FOLDERS.join(', ')}` })
        else if (name.startsWith('.'))
          scan.ignored.push({ file: `${file}/`, why: 'a hidden folder' })
        else walk(file, depth + 1)
      } else if (!stats.isFile()) {
        error(file, '', 'is not a regular file')
      } else if (depth === 0) {
        if (!TOP_LEVEL_FILES.includes(name))
          scan.ignored.push({
            file,
            why: 'only site.yml, published-addresses.txt and old-addresses.txt are read at the top of content/',
          })
      } else {
        sortFile(root, file, stats.size, scan, (bytes) => {
          const key = createHash('sha256')
            .update(`${cache?.code}\0${file}\0`)
            .update(bytes)
            .digest('base64url')
          const memo = known.get(key)
          if (!memo) {
            const read = readMarkdownFile(file, bytes, stats.size)
            seen.set(key, { problems: read.problems, readable: read.front !== undefined })
            return read
          }
          seen.set(key, memo)
          const front = memo.readable ? frontOf(bytes) : undefined
          return front ? { problems: memo.problems, front } : { problems: memo.problems }
        })
      }
    }
  }
  walk('content', 0)
  const markdown = new Set(scan.markdown)
  for (const file of scan.markdown) {
    const [, folder, page, updates] = file.split('/')
    if (folder === 'live' && updates === 'updates' && !markdown.has(`content/live/${page}/index.md`))
      scan.problems.push({
        file,
        field: '',
        message: `is an update of no live page: content/live/${page}/index.md is missing`,
      })
  }
  if (cache) {
    mkdirSync(path.dirname(cache.file), { recursive: true })
    writeFileSync(`${cache.file}.tmp`, JSON.stringify(Object.fromEntries(seen)))
    renameSync(`${cache.file}.tmp`, cache.file)
  }
  return scan
}

/** The front matter and body of a file the first look found readable. */
function frontOf(bytes: Uint8Array): Omit<ReadableFile, 'file'> | undefined {
  const decoded = decodeContentText(bytes)
  const parts = decoded.ok ? splitFrontMatter(decoded.text) : undefined
  return parts?.ok ? { yaml: parts.yaml, body: parts.body, bodyLine: parts.bodyLine } : undefined
}

function sortFile(
  root: string,
  file: string,
  bytes: number,
  scan: ContentScan,
  read: (bytes: Uint8Array) => { problems: ContentProblem[]; front?: Omit<ReadableFile, 'file'> },
) {
  const name = path.posix.basename(file)
  const extension = path.posix.extname(name)
  const lower = extension.toLowerCase()
  const error = (message: string) => scan.problems.push({ file, field: '', message })
  if (name.startsWith('.')) {
    scan.ignored.push({ file, why: 'a hidden file' })
  } else if (extension === '.md' && !documentSpecFor(file)) {
    error(
      'is not read: a live page is content/live/<name>/index.md, and each of its updates a file in content/live/<name>/updates/',
    )
  } else if (extension === '.md') {
    scan.markdown.push(file)
    const found = read(readFileSync(path.join(root, file)))
    scan.problems.push(...found.problems)
    if (found.front) scan.readable.push({ file, ...found.front })
  } else if (OTHER_MARKDOWN.has(lower)) {
    const stem = name.slice(0, name.length - extension.length)
    error(
      `is not read: stories must end in lower-case ".md" (rename it to "${stem}.md"), or it would silently stay unpublished`,
    )
  } else if (ACTIVE_EXTENSIONS.has(lower)) {
    error(
      `is refused: content/ holds stories and pictures only, and a ${lower} file could run script on the site`,
    )
  } else if ((IMAGE_EXTENSIONS as readonly string[]).includes(lower)) {
    scan.images.push(file)
  } else if (STORY_MEDIA_EXTENSIONS.has(lower)) {
    // A story's video, audio or captions: read through the checks (lib/content/media-files.ts).
  } else if (lower === '.json' && file.startsWith(`${EMBEDS_DIR}/`)) {
    // What is kept of an embedded post: read through its schema (lib/content/embed-metadata.ts).
  } else {
    scan.ignored.push({ file, why: 'not a story (.md), a picture, a video or a recording' })
  }
}

/** Everything that can be said of one markdown file before it is parsed. */
export function checkMarkdownFile(
  file: string,
  bytes: Uint8Array,
  size = bytes.length,
): ContentProblem[] {
  return readMarkdownFile(file, bytes, size).problems
}

/**
 * The problems of one markdown file, and its front matter and body when its text is safe to
 * parse further: YAML that parsed cleanly and safely, a body within the limits (the shape may
 * still be wrong).
 */
export function readMarkdownFile(
  file: string,
  bytes: Uint8Array,
  size = bytes.length,
): { problems: ContentProblem[]; front?: Omit<ReadableFile, 'file'> } {
  const problems: ContentProblem[] = []
  const add = ({ field, message, severity, line, column }: TextProblem) =>
    problems.push({
      file,
      field,
      message,
      ...(line === undefined ? {} : { line }),
      ...(column === undefined ? {} : { column }),
      ...(severity === 'warning' ? { severity } : {}),
    })
  if (size > CONTENT_LIMITS.fileMaxBytes) {
    for (const problem of checkMarkdownLimits(size, '', 1)) add(problem)
    return { problems }
  }
  const decoded = decodeContentText(bytes)
  if (!decoded.ok) {
    add({ field: '', message: decoded.message, severity: 'error', line: decoded.line })
    return { problems }
  }
  const parts = splitFrontMatter(decoded.text)
  if (!parts.ok) {
    add({ field: 'front matter', message: parts.message, severity: 'error', line: 1 })
    return { problems }
  }
  // The front matter starts on the file's second line, after the opening "---".
  const yamlProblems = checkFrontMatterYaml(parts.yaml).map((problem) =>
    problem.line === undefined ? problem : { ...problem, line: problem.line + 1 },
  )
  const spec = documentSpecFor(file)
  // The shape is read only from YAML that parsed cleanly and safely.
  const readable = yamlProblems.length === 0
  if (readable && spec)
    for (const { field, message, line } of checkFrontMatterShape(parts.yaml, spec))
      problems.push({ file, field, message, line })
  const textProblems = [
    ...yamlProblems,
    ...checkMarkdownLimits(size, parts.body, parts.bodyLine),
    ...checkCharacters(decoded.text, ''),
  ]
  for (const problem of textProblems) add(problem)
  // Only a file whose text passed may be parsed further: a body nested past the limit would
  // exhaust the markdown parser.
  const safe = readable && textProblems.every((problem) => problem.severity === 'warning')
  const { yaml, body, bodyLine } = parts
  return safe ? { problems, front: { yaml, body, bodyLine } } : { problems }
}
