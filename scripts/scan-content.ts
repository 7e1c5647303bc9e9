/**
 * The first look at content/, before Contentlayer reads a byte: every content file may come from
 * a contributor nobody has met. Walks the folder without following links and sorts every entry:
 *   - markdown stories (`*.md`): UTF-8, YAML front matter only, no YAML tags or aliases, within
 *     the size and nesting limits, no control or direction-override characters;
 *   - images (JPEG, PNG, WebP, AVIF, GIF): published later only if a published story uses them;
 *   - refused (an error): symbolic links, special files, HTML, SVG, script and other active files,
 *     and stories whose extension Contentlayer would not read (`embargoed.MD`);
 *   - ignored (said so, never published): notes, backups, system files, hidden files.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import {
  checkCharacters,
  checkFrontMatterYaml,
  checkMarkdownLimits,
  CONTENT_LIMITS,
  decodeContentText,
  splitFrontMatter,
} from '../lib/content-text'
import { IMAGE_EXTENSIONS } from '../lib/images'
import { checkFrontMatterShape } from '../lib/front-matter'
import type { ContentProblem } from '../lib/problems'
import { documentSpecFor } from './content-schema'

/** The folders Contentlayer reads documents from. */
export const DOCUMENT_FOLDERS = ['articles', 'sections', 'authors', 'pages'] as const
const TOP_LEVEL_FILES = ['site.yml', 'published-addresses.txt']

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
/** Spellings of a markdown file that Contentlayer would pass over without a word. */
const OTHER_MARKDOWN = new Set(['.md', '.markdown', '.mdown', '.mkd', '.mdx'])

export type IgnoredFile = { file: string; why: string }
export type ContentScan = {
  /** Errors stop the build; warnings are printed. */
  problems: ContentProblem[]
  /** Files that are not read and never published, with the reason, so the build can say so. */
  ignored: IgnoredFile[]
  /** Images kept beside content files (project-relative paths): candidates for publishing. */
  images: string[]
}

export function scanContent(root: string): ContentScan {
  const scan: ContentScan = { problems: [], ignored: [], images: [] }
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
        if (depth === 0 && !(DOCUMENT_FOLDERS as readonly string[]).includes(name))
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
            why: 'only site.yml and published-addresses.txt are read at the top of content/',
          })
      } else {
        sortFile(root, file, stats.size, scan)
      }
    }
  }
  walk('content', 0)
  return scan
}

function sortFile(root: string, file: string, bytes: number, scan: ContentScan) {
  const name = path.posix.basename(file)
  const extension = path.posix.extname(name)
  const lower = extension.toLowerCase()
  const error = (message: string) => scan.problems.push({ file, field: '', message })
  if (name.startsWith('.')) {
    scan.ignored.push({ file, why: 'a hidden file' })
  } else if (extension === '.md') {
    scan.problems.push(...checkMarkdownFile(file, readFileSync(path.join(root, file)), bytes))
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
  } else {
    scan.ignored.push({ file, why: 'not a story (.md) or a picture' })
  }
}

/** Everything that can be said of one markdown file before it is parsed. */
export function checkMarkdownFile(
  file: string,
  bytes: Uint8Array,
  size = bytes.length,
): ContentProblem[] {
  const problems: ContentProblem[] = []
  const add = (field: string, message: string, severity: 'error' | 'warning') =>
    problems.push({ file, field, message, ...(severity === 'warning' ? { severity } : {}) })
  if (size > CONTENT_LIMITS.fileMaxBytes) {
    for (const problem of checkMarkdownLimits(size, '', 1))
      add(problem.field, problem.message, problem.severity)
    return problems
  }
  const decoded = decodeContentText(bytes)
  if (!decoded.ok) {
    add('', decoded.message, 'error')
    return problems
  }
  const parts = splitFrontMatter(decoded.text)
  if (!parts.ok) {
    add('front matter', parts.message, 'error')
    return problems
  }
  const yamlProblems = checkFrontMatterYaml(parts.yaml)
  const spec = documentSpecFor(file)
  // The shape is read only from YAML that parsed cleanly and safely.
  if (yamlProblems.length === 0 && spec)
    for (const { field, message, line } of checkFrontMatterShape(parts.yaml, spec))
      problems.push({ file, field, message, line })
  for (const problem of [
    ...yamlProblems,
    ...checkMarkdownLimits(size, parts.body, parts.bodyLine),
    ...checkCharacters(decoded.text, ''),
  ])
    add(problem.field, problem.message, problem.severity)
  return problems
}
