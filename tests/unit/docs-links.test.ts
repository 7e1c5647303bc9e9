/**
 * Every relative link in the README and docs/ leads somewhere: the file exists, and a `#anchor`
 * names a heading of that file (as GitHub makes heading anchors, with github-slugger). A moved or
 * renamed document, or a retitled section, fails here instead of in a reader's browser.
 */
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import GithubSlugger from 'github-slugger'

const ROOT = path.resolve(import.meta.dirname, '..', '..')

const documents = [
  'README.md',
  'SECURITY.md',
  'patches/README.md',
  ...readdirSync(path.join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => path.posix.join('docs', file.split(path.sep).join('/'))),
]

/** The anchors GitHub gives a markdown file's headings (fenced code is not a heading). */
function anchorsOf(file: string): Set<string> {
  const slugger = new GithubSlugger()
  const anchors = new Set<string>()
  let fenced = false
  for (const line of readFileSync(path.join(ROOT, file), 'utf8').split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced
    const heading = !fenced && /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)
    if (heading)
      anchors.add(slugger.slug(heading[1]!.replace(/[`*_]|\[([^\]]*)\]\([^)]*\)/g, '$1')))
  }
  return anchors
}

/** `[text](target)` links outside fenced and inline code, with their line. */
function linksOf(file: string): { target: string; line: number }[] {
  const links: { target: string; line: number }[] = []
  let fenced = false
  readFileSync(path.join(ROOT, file), 'utf8')
    .split('\n')
    .forEach((text, index) => {
      if (/^\s*(```|~~~)/.test(text)) fenced = !fenced
      if (fenced) return
      for (const match of text.replace(/`[^`]*`/g, '').matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g))
        links.push({ target: match[1]!, line: index + 1 })
    })
  return links
}

describe('links between documents', () => {
  it('finds the documents and links it checks (the check can fail)', () => {
    assert.ok(documents.length > 10, documents.join(', '))
    assert.ok(linksOf('README.md').length > 10)
    assert.ok(anchorsOf('README.md').has('the-two-commands'))
  })

  for (const file of documents) {
    it(`every relative link of ${file} resolves`, () => {
      const broken: string[] = []
      for (const { target, line } of linksOf(file)) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue // https:, mailto:
        const [pathPart = '', anchor] = target.split('#')
        const linked = pathPart
          ? path.posix.normalize(path.posix.join(path.posix.dirname(file), decodeURI(pathPart)))
          : file
        const where = `${file}:${line}: ${target}`
        if (linked.startsWith('..')) broken.push(`${where} (leaves the repository)`)
        else if (!existsSync(path.join(ROOT, linked))) broken.push(`${where} (no such file)`)
        else if (
          anchor !== undefined &&
          linked.endsWith('.md') &&
          statSync(path.join(ROOT, linked)).isFile() &&
          !anchorsOf(linked).has(anchor)
        )
          broken.push(`${where} (no heading #${anchor} in ${linked})`)
      }
      assert.deepEqual(broken, [])
    })
  }
})
