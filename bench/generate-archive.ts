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
import { BENCH_BUILD_TIME } from './bench-time'
import { generatedStory, storyMarkdown } from './generated-stories'

export { BENCH_BUILD_TIME }

/** The topics generated stories share (each holds 1 in 40 of them). */
const TOPICS = 40

export function generatedNewsroom(count: number, name = 'bench-generated'): Workspace {
  const workspace = createWorkspace(name, path.join(REPO, 'content'))
  workspace.remove('content/articles')
  const names = (folder: string) =>
    readdirSync(path.join(workspace.dir, 'content', folder)).map((file) =>
      file.replace(/\.md$/, ''),
    )
  const choices = { sections: names('sections'), authors: names('authors'), topics: TOPICS }
  for (let index = 0; index < count; index += 1) {
    const story = generatedStory(index, choices)
    workspace.write(story.sourceFile, storyMarkdown(story))
  }
  return workspace
}

if (isMain(import.meta.url)) {
  const count = Number(process.argv[2] ?? 1000)
  console.log(generatedNewsroom(count, process.argv[3]).dir)
}
