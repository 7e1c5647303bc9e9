/**
 * The house rules docs/architecture.md states, checked over the whole import graph rather than
 * file by file: what the Worker can reach (everything its entry and its routes import, however
 * indirectly), and that lib/ stands on its own.
 */
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'

const ROOT = path.resolve(import.meta.dirname, '..', '..')
const posix = (file: string) => file.split(path.sep).join('/')

/** The modules a source file imports (relative or `@/`), as paths from the root, and the packages; type-only imports left out. */
function importsOf(file: string): { modules: string[]; packages: string[] } {
  const text = readFileSync(path.join(ROOT, file), 'utf8')
  const modules: string[] = []
  const packages: string[] = []
  // `import type … from` is erased before anything is bundled: a package named only there is not
  // in the Worker (lib/content/documents.ts takes Contentlayer's types that way).
  const code = text.replace(/^\s*import type [^;]*?from\s+['"][^'"\n]+['"]/gm, '')
  for (const [, specifier = ''] of code.matchAll(
    /(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"\n]+)['"]/gm,
  )) {
    const local = specifier.startsWith('@/')
      ? specifier.slice(2)
      : specifier.startsWith('.')
        ? path.posix.join(path.posix.dirname(file), specifier)
        : undefined
    if (local === undefined) {
      packages.push(specifier)
      continue
    }
    const found = ['', '.ts', '.tsx', '/index.ts']
      .map((end) => `${local}${end}`)
      .find(
        (candidate) =>
          existsSync(path.join(ROOT, candidate)) && statSync(path.join(ROOT, candidate)).isFile(),
      )
    assert.ok(found, `${file} imports ${specifier}, which is not a file`)
    modules.push(found)
  }
  return { modules, packages }
}

/** Every module reachable from `entries`, with the chain that reaches it (for the message). */
function reachable(entries: readonly string[]): Map<string, string[]> {
  const chains = new Map<string, string[]>(entries.map((entry) => [entry, [entry]]))
  const queue = [...entries]
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (!/\.tsx?$/.test(file)) continue
    for (const next of importsOf(file).modules) {
      if (chains.has(next)) continue
      chains.set(next, [...chains.get(file)!, next])
      queue.push(next)
    }
  }
  return chains
}

const sourceFiles = (folder: string) =>
  readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => posix(path.join(folder, file)))

/**
 * What the Worker's build starts from: its entry, and the route files of app/ it builds (Next's
 * special files, but the export's `*.static.*` ones: decision 001). Other modules of app/ are in
 * it only where something imports them.
 */
const ROUTE_FILE =
  /(^|\/)(page|layout|route|not-found|error|global-error|loading|template|default|robots|sitemap)(\.edge)?\.tsx?$/
const workerEntries = [
  'edge/worker.ts',
  ...sourceFiles('app').filter((file) => ROUTE_FILE.test(file)),
]

/** Read the file system in the Worker only where the build inlined the answer (NEWSROOM_SITE_YAML). */
const FILE_READERS_THE_WORKER_MAY_HOLD = ['lib/site/site.ts']

describe('what the Worker can reach (edge mode)', () => {
  const graph = reachable(workerEntries)

  it('walks the imports it checks (the check can fail)', () => {
    assert.ok(graph.has('lib/edge/worker-handler.ts'))
    assert.ok(graph.has('lib/edge/worker-reader.ts'))
    assert.ok(graph.has('lib/site/format.ts'), 'reached through the routes and components')
    assert.ok(
      reachable(['app/[edition]/[section]/[article]/[[...page]]/page.static.tsx']).has(
        'lib/content/export-reader.ts',
      ),
    )
  })

  it('never reaches the export’s content door, Contentlayer’s output or the build’s code', () => {
    const outside = [...graph]
      .filter(
        ([file]) =>
          file === 'lib/content/export-reader.ts' ||
          !/^(app|components|lib|edge|types)\//.test(file),
      )
      .map(([, chain]) => chain.join(' → '))
    assert.deepEqual(outside, [])
    const generated = [...graph.keys()].filter((file) =>
      importsOf(file).packages.includes('contentlayer/generated'),
    )
    assert.deepEqual(generated, [])
  })

  it('reads no file at run time: no file-system module but where the build inlined the answer', () => {
    const readers = [...graph]
      .filter(([file]) => !FILE_READERS_THE_WORKER_MAY_HOLD.includes(file))
      .filter(([file]) => importsOf(file).packages.some((name) => /^(node:)?fs(\/|$)/.test(name)))
      .map(([, chain]) => chain.join(' → '))
    assert.deepEqual(readers, [])
  })
})

describe('lib/', () => {
  it('never imports the build, the tools, the benchmarks or the tests', () => {
    const strays = sourceFiles('lib').flatMap((file) =>
      importsOf(file)
        .modules.filter((target) => /^(build|tools|bench|tests)\//.test(target))
        .map((target) => `${file} → ${target}`),
    )
    assert.deepEqual(strays, [])
  })

  it('keeps its folders by concern, each with a header saying what it is for', () => {
    const loose = readdirSync(path.join(ROOT, 'lib')).filter((entry) =>
      statSync(path.join(ROOT, 'lib', entry)).isFile(),
    )
    assert.deepEqual(loose, [], 'every module of lib/ sits in a concern folder')
    for (const folder of readdirSync(path.join(ROOT, 'lib')))
      assert.ok(
        existsSync(path.join(ROOT, 'lib', folder, 'README.md')),
        `lib/${folder}/README.md says what the folder is for`,
      )
  })
})
