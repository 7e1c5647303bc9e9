/**
 * Checks every content file without rendering a page: the first look at the raw files
 * (scan-content.ts), Contentlayer's schema, then the rules Contentlayer cannot express
 * (lib/content/rules.ts). Prints one line per problem, naming the file, the line and the field,
 * every problem of every file in one run, and a count; warnings are printed and do not stop
 * anything. `npm run build` runs the same steps first.
 *
 *   npm run check
 */
import { checkImageFile } from '../../lib/content/image-files'
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
import { readGeneratedDocuments } from '../../lib/content/generated'
import { mediaInUse } from './media'

/** What the rules are run over: Contentlayer's documents, or those made from the files. */
type DocumentsToCheck = Pick<ContentInput, 'articles' | 'sections' | 'authors' | 'pages'>
import { documentsFromFiles } from '../content/documents-from-files'
import { bin, run } from '../run'
import { scanContent, type ContentScan, type IgnoredFile } from '../content/scan-content'
import { buildSteps } from '../step-timer'

const SITE_FILE = 'content/site.yml'

/** The rules over Contentlayer's output (or the documents read from the files themselves). */
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
  return validateContent({ ...documents, editions, root, baseUrl, checkImageFile })
}

/** Contentlayer names files relative to content/; editors see paths from the project root. */
function withContentPrefix(line: string): string {
  return line.replace(/"((?:articles|sections|authors|pages)\/[^"]+\.md)"/g, '"content/$1"')
}

export type ContentCheck =
  { ok: true; media: string[]; unusedImages: string[] } | { ok: false; reason: string }

/**
 * The front-matter patch (patches/, applied by `npm ci` through patch-package) is Contentlayer's
 * own refusal to run code. An install with scripts turned off skips it: say so rather than
 * build without it.
 */
function contentlayerIsPatched(root: string): boolean {
  const file = path.join(
    root,
    'node_modules/@contentlayer2/source-files/dist/fetchData/makeCacheItemFromFilePath.js',
  )
  return readFileSync(file, 'utf8').includes('NON_YAML_ENGINES')
}

/**
 * Gives each problem the line its field is written on, so an editor's tools jump to it: the
 * rules work on Contentlayer's data, which has no lines, so they are found in the file again.
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
 * When a file is misshapen Contentlayer reads nothing, so the rules across files run over the
 * documents read from the files themselves: every problem of every file in one run. What the
 * rules say of a field the first look already reported (a missing headline is also an empty
 * one) is said once; a file whose front matter could not be read at all is reported once.
 */
async function checkMisshapenContent(root: string, scan: ContentScan): Promise<ContentProblem[]> {
  const documents = await documentsFromFiles(scan.readable, scan.markdown)
  const unreadable = documents.placeholders
  const said = scan.problems.filter((problem) => !isWarning(problem))
  const rules = withLines(root, checkContent(root, documents)).filter(
    (problem) =>
      !unreadable.has(problem.file) &&
      !said.some((shape) => shape.file === problem.file && sameField(shape.field, problem.field)),
  )
  return [...scan.problems, ...rules]
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
  const scan = scanContent(root)
  reportIgnored(scan.ignored)
  if (scan.problems.some((problem) => !isWarning(problem))) {
    const problems = await checkMisshapenContent(root, scan)
    report(problems)
    return { ok: false, reason: `${summariseProblems(problems)}.` }
  }

  if (!contentlayerIsPatched(root))
    return {
      ok: false,
      reason:
        'Contentlayer is missing its front-matter patch (patches/): run `npm ci` with install scripts on, or `npx patch-package`.',
    }
  buildSteps.start('content')
  console.log('› Reading content (Contentlayer)')
  // Contentlayer finds the project through $PWD rather than the working directory.
  const contentlayer = await run(bin('contentlayer2', root), ['build'], {
    cwd: root,
    env: { ...process.env, PWD: root },
    transform: withContentPrefix,
  })
  if (contentlayer.code !== 0)
    return { ok: false, reason: 'a content file does not match the content model (see above).' }

  buildSteps.start('rules')
  console.log('› Checking content rules')
  const documents = readGeneratedDocuments(root)
  const problems = [...scan.problems, ...withLines(root, checkContent(root, documents))]
  if (report(problems)) return { ok: false, reason: `${summariseProblems(problems)}.` }
  const media = mediaInUse(root, documents, { buildTime, includeUnpublished })
  const unusedImages = scan.images.filter((image) => !media.includes(image))
  return { ok: true, media, unusedImages }
}
