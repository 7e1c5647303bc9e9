/**
 * Checks every content file without rendering a page: the first look at the raw files and their
 * shape against the schema (scan-content.ts), then the rules the schema cannot express
 * (lib/content/rules.ts) over the documents read from the files (documents-from-files.ts).
 * Prints one line per problem, naming the file, the line and the field, every problem of every
 * file in one run, and a count; warnings are printed and do not stop anything. `npm run build`
 * runs the same steps first.
 *
 *   npm run check
 */
import { checkImageFile } from '../../lib/content/image-files'
import { checkMediaFile } from '../../lib/content/media-files'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { validateContent, type ContentInput } from '../../lib/content/rules'
import { decodeContentText, splitFrontMatter } from '../../lib/content/text'
import { fieldLine } from '../../lib/content/front-matter'
import {
  ContentError,
  formatProblem,
  isWarning,
  summariseProblems,
  type ContentProblem,
} from '../../lib/content/problems'
import { parseSiteConfig } from '../../lib/site/site-config'
import { readerTexts, type NewsroomDocuments } from '../../lib/content/documents'
import { mediaInUse } from './media'
import { codeHash } from '../build-id'
import { DOCUMENT_CACHE_DIR, documentsFromFiles } from '../content/documents-from-files'
import { bin, run } from '../run'
import {
  SCAN_CACHE_FILE,
  scanContent,
  type ContentScan,
  type IgnoredFile,
} from '../content/scan-content'
import { buildSteps } from '../step-timer'
import { embedProblems } from '../../lib/content/embed-metadata'
import { OLD_ADDRESSES_FILE, parseOldAddresses } from '../../lib/outputs/old-addresses'
import { siteAddresses } from '../../lib/content/rules'
import { parsePublishedAddresses } from '../../lib/outputs/redirects'

/** What the rules are run over: the documents, or those made of misshapen files. */
type DocumentsToCheck = Pick<ContentInput, 'articles' | 'sections' | 'authors' | 'pages'>

const SITE_FILE = 'content/site.yml'

/** The rules across files, over the documents. */
function checkContent(root: string, documents: DocumentsToCheck): ContentProblem[] {
  let editions: string[]
  let baseUrl: string
  try {
    const site = parseSiteConfig(readFileSync(path.join(root, SITE_FILE), 'utf8'), SITE_FILE)
    editions = site.editions.map((edition) => edition.code)
    baseUrl = site.baseUrl
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems]
    throw error
  }
  return validateContent({
    ...documents,
    editions,
    root,
    baseUrl,
    checkImageFile,
    checkMediaFile,
  })
}

/** Contentlayer names files relative to content/; editors see paths from the project root. */
function withContentPrefix(line: string): string {
  return line.replace(/"((?:articles|live|sections|authors|pages)\/[^"]+\.md)"/g, '"content/$1"')
}

export type ContentCheck =
  | { ok: true; documents: NewsroomDocuments; media: string[]; unusedImages: string[] }
  | { ok: false; reason: string }

/**
 * The front-matter patch (patches/, applied by `npm ci` through patch-package) is Contentlayer's
 * own refusal to run code. An install with scripts turned off skips it: say so rather than
 * run Contentlayer over content without it.
 */
function contentlayerIsPatched(root: string): boolean {
  const file = path.join(
    root,
    'node_modules/@contentlayer2/source-files/dist/fetchData/makeCacheItemFromFilePath.js',
  )
  return readFileSync(file, 'utf8').includes('NON_YAML_ENGINES')
}

/**
 * Contentlayer's own run over content/, for the editors' preview (`npm run dev`), whose pages
 * read its output and which it then keeps up to date. `npm run build` does not run it
 * (the documents are read from the files) but for the schema's types (build/stages/types.ts).
 */
export async function runContentlayer(
  root: string,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  if (!contentlayerIsPatched(root))
    return {
      ok: false,
      reason:
        'Contentlayer is missing its front-matter patch (patches/): run `npm ci` with install scripts on, or `npx patch-package`.',
    }
  // Contentlayer finds the project through $PWD rather than the working directory.
  const contentlayer = await run(bin('contentlayer2', root), ['build'], {
    cwd: root,
    env: { ...process.env, PWD: root },
    transform: withContentPrefix,
  })
  return contentlayer.code === 0
    ? { ok: true }
    : { ok: false, reason: 'a content file does not match the content model (see above).' }
}

/**
 * Gives each problem the line its field is written on, so an editor's tools jump to it: the
 * rules work on the documents, which have no lines, so they are found in the file again.
 */
function withLines(root: string, problems: readonly ContentProblem[]): ContentProblem[] {
  const fronts = new Map<string, { yaml: string; bodyLine: number } | undefined>()
  const front = (file: string) => {
    if (!fronts.has(file)) {
      const decoded = decodeContentText(readFileSync(path.join(root, file)))
      const parts = decoded.ok ? splitFrontMatter(decoded.text) : undefined
      fronts.set(file, parts?.ok ? parts : undefined)
    }
    return fronts.get(file)
  }
  return problems.map((problem) => {
    if (problem.line !== undefined || !problem.file.endsWith('.md')) return problem
    if (!existsSync(path.join(root, problem.file))) return problem
    // A problem of the file as a whole (its name, its address) points at its first line.
    if (!problem.field || problem.field === 'file name') return { ...problem, line: 1 }
    const parts = front(problem.file)
    if (!parts) return problem
    const line = problem.field.startsWith('body')
      ? parts.bodyLine
      : fieldLine(parts.yaml, problem.field)
    return line === undefined ? problem : { ...problem, line }
  })
}

/** Problems grouped by file, in the order of its lines. */
function inFileOrder(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  )
}

/** Prints each problem, file by file, then the count; returns whether any is an error. */
function report(problems: readonly ContentProblem[]): boolean {
  for (const problem of inFileOrder(problems)) {
    if (isWarning(problem)) console.warn(`  ! ${formatProblem(problem)}`)
    else console.error(`  ✗ ${formatProblem(problem)}`)
  }
  // On the problems' stream, so the count follows them however the two streams are merged.
  if (problems.length > 0) console.error(`\n  ${summariseProblems(problems)}`)
  return problems.some((problem) => !isWarning(problem))
}

/** `image` and `image.alt`, `authors` and `authors[1]`: one names a part of the other. */
function sameField(a: string, b: string): boolean {
  const within = (outer: string, inner: string) =>
    inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`)
  return within(a, b) || within(b, a)
}

/**
 * When a file is misshapen the rules across files still run, over the documents read from the
 * files with each misshapen value at its field's default: every problem of every file in one
 * run. What the rules say of a field the first look already reported (a missing headline is also
 * an empty one) is said once; a file whose front matter could not be read at all is reported once.
 */
async function checkMisshapenContent(root: string, scan: ContentScan): Promise<ContentProblem[]> {
  const { documents, placeholders: unreadable } = await documentsFromFiles(
    scan.readable,
    scan.markdown,
  )
  const said = scan.problems.filter((problem) => !isWarning(problem))
  const rules = withLines(root, checkContent(root, documents)).filter(
    (problem) =>
      !unreadable.has(problem.file) &&
      !said.some((shape) => shape.file === problem.file && sameField(shape.field, problem.field)),
  )
  return [...scan.problems, ...rules]
}

/**
 * content/old-addresses.txt: a line that does not parse is an error naming its line; a line
 * leading to no page of the site is a warning (the build leaves it out), as is an old address
 * that is a page of the site today (the page is served, not the redirect).
 */
function oldAddressProblems(root: string, documents: NewsroomDocuments): ContentProblem[] {
  const file = path.join(root, 'content', OLD_ADDRESSES_FILE)
  if (!existsSync(file)) return []
  const where = `content/${OLD_ADDRESSES_FILE}`
  const { entries, problems } = parseOldAddresses(readFileSync(file, 'utf8'))
  const site = parseSiteConfig(readFileSync(path.join(root, SITE_FILE), 'utf8'), SITE_FILE)
  const live = siteAddresses({
    ...documents,
    editions: site.editions.map((edition) => edition.code),
  })
  // A line may name a story's earlier address: the build follows it to where the story is now.
  const listFile = path.join(root, 'content', 'published-addresses.txt')
  const moved = new Set([
    ...documents.articles.flatMap((article) => article.aliases ?? []),
    ...[
      ...parsePublishedAddresses(
        existsSync(listFile) ? readFileSync(listFile, 'utf8') : '',
      ).values(),
    ].flatMap((addresses) => [...addresses]),
  ])
  return [
    ...problems.map((problem) => ({
      file: where,
      line: problem.line,
      field: problem.field,
      message: problem.message,
    })),
    ...entries.flatMap((entry): ContentProblem[] => {
      if (live.has(entry.from))
        return [
          {
            file: where,
            line: entry.line,
            field: 'old address',
            message: `"${entry.from}" is a page of the site today: the page is served, this line is left out`,
            severity: 'warning',
          },
        ]
      if (!live.has(entry.to) && !moved.has(entry.to))
        return [
          {
            file: where,
            line: entry.line,
            field: 'new address',
            message: `"${entry.to}" is no page of the site (deleted, or not published yet): this line is left out until it is`,
            severity: 'warning',
          },
        ]
      return []
    }),
  ]
}

/** Every text a reader reads: each story's and each live update's, with its file. */
function textsOf({ articles }: NewsroomDocuments): { file: string; html: string }[] {
  return articles.flatMap((article) => readerTexts(article))
}

function reportIgnored(ignored: readonly IgnoredFile[]) {
  for (const { file, why } of ignored) console.log(`  · not published: ${file} (${why})`)
}

/**
 * Every check a content change must pass before anything is rendered, each problem of every
 * file reported in one run. A misshapen file is never handed to Contentlayer; the rules across
 * files then read the files themselves (checkMisshapenContent).
 */
export async function runContentChecks(
  root: string,
  { buildTime, includeUnpublished }: { buildTime: Date; includeUnpublished: boolean },
): Promise<ContentCheck> {
  buildSteps.start('check files')
  console.log('› Checking content files')
  // What the caches of the first look and of the documents are kept for: this code's.
  const code = codeHash(root)
  const scan = scanContent(root, { file: path.join(root, SCAN_CACHE_FILE), code })
  reportIgnored(scan.ignored)
  if (scan.problems.some((problem) => !isWarning(problem))) {
    const problems = await checkMisshapenContent(root, scan)
    report(problems)
    return { ok: false, reason: `${summariseProblems(problems)}.` }
  }

  buildSteps.start('content')
  console.log('› Reading content (markdown to HTML, kept in .cache/documents/)')
  // Every file passed the shape check: each is the document Contentlayer would make of it.
  const { documents } = await documentsFromFiles(scan.readable, scan.markdown, {
    dir: path.join(root, DOCUMENT_CACHE_DIR),
    code,
  })

  buildSteps.start('rules')
  console.log('› Checking content rules')
  const problems = [
    ...scan.problems,
    ...withLines(root, [
      ...checkContent(root, documents),
      ...embedProblems(root, textsOf(documents)),
    ]),
    ...oldAddressProblems(root, documents),
  ]
  if (report(problems)) return { ok: false, reason: `${summariseProblems(problems)}.` }
  const media = mediaInUse(root, documents, { buildTime, includeUnpublished })
  const unusedImages = scan.images.filter((image) => !media.includes(image))
  return { ok: true, documents, media, unusedImages }
}
