/**
 * Checks every content file without rendering a page: the first look at the raw files
 * (scan-content.ts), Contentlayer's schema, then the rules Contentlayer cannot express
 * (lib/content-rules.ts). Prints one line per problem, naming the file and the field; warnings
 * are printed and do not stop anything. `npm run build` runs the same steps first.
 *
 *   npm run check
 */
import { isMain } from './is-main'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import {
  validateContent,
  type ArticleInput,
  type AuthorInput,
  type PageInput,
  type SectionInput,
} from '../lib/content-rules'
import { decodeContentText, splitFrontMatter } from '../lib/content-text'
import { fieldLine } from '../lib/front-matter'
import { ContentError, formatProblem, isWarning, type ContentProblem } from '../lib/problems'
import { parseSiteConfig } from '../lib/site-config'
import { mediaInUse } from './content-media'
import { bin, run } from './run'
import { scanContent, type IgnoredFile } from './scan-content'
import { buildSteps } from './step-timer'

const SITE_FILE = 'content/site.yml'

function readGenerated<T>(root: string, type: string): T[] {
  const file = path.join(root, '.contentlayer', 'generated', type, '_index.json')
  // A type with no documents at all has no folder.
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T[]) : []
}

/** Contentlayer's output (run `contentlayer2 build` first), read once for every check. */
export function readDocuments(root: string) {
  return {
    articles: readGenerated<ArticleInput & { draft: boolean }>(root, 'Article'),
    sections: readGenerated<SectionInput>(root, 'Section'),
    authors: readGenerated<AuthorInput>(root, 'Author'),
    pages: readGenerated<PageInput>(root, 'Page'),
  }
}

/** The rules over Contentlayer's output. */
function checkContent(root: string, documents: ReturnType<typeof readDocuments>): ContentProblem[] {
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
  return validateContent({ ...documents, editions, root, baseUrl })
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
    if (problem.line !== undefined || !problem.file.endsWith('.md') || !problem.field)
      return problem
    if (!existsSync(path.join(root, problem.file))) return problem
    const parts = front(problem.file)
    if (!parts) return problem
    const line = problem.field.startsWith('body')
      ? parts.bodyLine
      : fieldLine(parts.yaml, problem.field)
    return line === undefined ? problem : { ...problem, line }
  })
}

/** Prints each problem; returns whether any of them is an error. */
function report(problems: readonly ContentProblem[]): boolean {
  for (const problem of problems.filter(isWarning)) console.warn(`  ! ${formatProblem(problem)}`)
  const errors = problems.filter((problem) => !isWarning(problem))
  for (const problem of errors) console.error(`  ✗ ${formatProblem(problem)}`)
  return errors.length > 0
}

function reportIgnored(ignored: readonly IgnoredFile[]) {
  for (const { file, why } of ignored) console.log(`  · not published: ${file} (${why})`)
}

/**
 * Every check a content change must pass before anything is rendered. Stops at the first stage
 * with an error: a file refused by the first look is never handed to Contentlayer.
 */
export async function runContentChecks(
  root: string,
  { buildTime, includeUnpublished }: { buildTime: Date; includeUnpublished: boolean },
): Promise<ContentCheck> {
  buildSteps.start('check files')
  console.log('› Checking content files')
  const scan = scanContent(root)
  reportIgnored(scan.ignored)
  if (report(scan.problems))
    return { ok: false, reason: 'a content file was refused before it was read (see above).' }

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
  const documents = readDocuments(root)
  const problems = withLines(root, checkContent(root, documents))
  if (report(problems)) {
    const errors = problems.filter((problem) => !isWarning(problem)).length
    return { ok: false, reason: `${errors} content problem(s).` }
  }
  const media = mediaInUse(root, documents, { buildTime, includeUnpublished })
  const unusedImages = scan.images.filter((image) => !media.includes(image))
  return { ok: true, media, unusedImages }
}

if (isMain(import.meta.url)) {
  const root = process.cwd()
  const checked = await runContentChecks(root, {
    buildTime: new Date(process.env.NEWSROOM_BUILD_TIME ?? Date.now()),
    includeUnpublished: false,
  })
  if (!checked.ok) {
    console.error(`\n✗ ${checked.reason} Nothing was published.\n`)
    process.exit(1)
  }
  console.log('\n✓ Every content file follows the content model.')
}
