/**
 * A synthetic bilingual archive for benchmarks: the sample newsroom's sections, authors and
 * pages with `count` generated stories (a third in Arabic, 3 to 10 paragraphs each, 40 topics),
 * in its own workspace under .test-builds/.
 *
 *   npx tsx bench/generate-archive.ts 10000     (writes .test-builds/bench-generated/)
 */
import { isMain } from '../build/is-main'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { createWorkspace, REPO, type Workspace } from '../tests/support/workspace'

/** The moment generated archives are built "at": story dates count back from it. */
export const BENCH_BUILD_TIME = '2026-11-27T12:00:00Z'

export function generatedNewsroom(count: number, name = 'bench-generated'): Workspace {
  const workspace = createWorkspace(name, path.join(REPO, 'content'))
  workspace.remove('content/articles')
  const sections = readdirSync(path.join(workspace.dir, 'content', 'sections')).map((file) =>
    file.replace(/\.md$/, ''),
  )
  const authors = readdirSync(path.join(workspace.dir, 'content', 'authors')).map((file) =>
    file.replace(/\.md$/, ''),
  )
  const paragraph =
    'The council met on Tuesday to discuss the plan, which officials say will take two years to complete and cost less than the previous estimate. '
  for (let index = 0; index < count; index += 1) {
    const date = new Date(Date.parse(BENCH_BUILD_TIME) - (index + 1) * 3_600_000 * 5)
      .toISOString()
      .replace('.000Z', '+00:00')
    const body = Array.from({ length: 3 + (index % 8) }, (_, p) =>
      p % 3 === 2 ? `## Part ${p}\n\n${paragraph}` : paragraph.repeat(2),
    ).join('\n\n')
    workspace.write(
      `content/articles/${Math.floor(index / 500)}/generated-story-${index}.md`,
      [
        '---',
        `title: Generated story number ${index} about the council plan`,
        `summary: A generated story for the benchmark, number ${index}.`,
        `date: ${date}`,
        `section: ${sections[index % sections.length]}`,
        // A third of the stories in the Arabic edition, as in a bilingual newsroom.
        `lang: ${index % 3 === 2 ? 'ar' : 'en'}`,
        `authors: [${authors[index % authors.length]}]`,
        `tags: [Topic ${index % 40}, Topic ${(index * 7) % 40}]`,
        '---',
        body,
        '',
      ].join('\n'),
    )
  }
  return workspace
}

if (isMain(import.meta.url)) {
  const count = Number(process.argv[2] ?? 1000)
  console.log(generatedNewsroom(count, process.argv[3]).dir)
}
