/**
 * Checks every content file against the rules Contentlayer cannot express, after
 * `contentlayer2 build` and before any page is rendered. Prints one line per problem, naming
 * the file and the field, and exits 1 if there is any.
 *
 *   npm run check-content
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { validateContent } from '../lib/content-rules'
import { ContentError, formatProblem, type ContentProblem } from '../lib/problems'
import { parseSiteConfig } from '../lib/site-config'

const SITE_FILE = 'content/site.yml'

function readGenerated<T>(root: string, type: string): T[] {
  const file = path.join(root, '.contentlayer', 'generated', type, '_index.json')
  // A type with no documents at all has no folder.
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T[]) : []
}

export function checkContent(root: string): ContentProblem[] {
  let editions: string[]
  try {
    const site = parseSiteConfig(readFileSync(path.join(root, SITE_FILE), 'utf8'), SITE_FILE)
    editions = site.editions.map((edition) => edition.code)
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems]
    throw error
  }
  return validateContent({
    articles: readGenerated(root, 'Article'),
    sections: readGenerated(root, 'Section'),
    authors: readGenerated(root, 'Author'),
    pages: readGenerated(root, 'Page'),
    editions,
    root,
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = checkContent(process.cwd())
  if (problems.length > 0) {
    console.error(`\nThe content has ${problems.length} problem(s); nothing was published:\n`)
    for (const problem of problems) console.error(`  ✗ ${formatProblem(problem)}`)
    console.error('')
    process.exit(1)
  }
  console.log('Content check: all files follow the content model.')
}
