/**
 * A synthetic bilingual archive for benchmarks: the sample newsroom's sections, authors and
 * pages with `count` generated stories (a third in Arabic, 3 to 10 paragraphs each, 40 topics)
 * and one running live page of 30 updates, in its own workspace under .test-builds/.
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
  writeBenchLivePage(workspace)
  return workspace
}

/** The running live page the benchmark files one more update to (bench/archive-bench.ts). */
export const BENCH_LIVE_PAGE = 'content/live/bench-vote-count'

/**
 * A live page begun the morning of the benchmark's build, with an update every five minutes
 * (the sample's own live pages begin after BENCH_BUILD_TIME, so they are not published here).
 */
function writeBenchLivePage(workspace: Workspace): void {
  workspace.write(
    `${BENCH_LIVE_PAGE}/index.md`,
    '---\ntitle: "The benchmark vote count, live"\nsummary: "Results as they come in."\ndate: 2026-11-27T08:00:00+03:00\nsection: politics\nauthors:\n  - omar-al-khatib\nstatus: live\n---\n',
  )
  for (let index = 0; index < 30; index += 1) {
    const minutes = 8 * 60 + index * 5
    const hhmm = `${String(Math.floor(minutes / 60)).padStart(2, '0')}${String(minutes % 60).padStart(2, '0')}`
    workspace.write(
      `${BENCH_LIVE_PAGE}/updates/2026-11-27-${hhmm}.md`,
      `---\ntime: 2026-11-27T${hhmm.slice(0, 2)}:${hhmm.slice(2)}:00+03:00\n---\nUpdate ${index + 1}: the count goes on in the provinces.\n`,
    )
  }
}

if (isMain(import.meta.url)) {
  const count = Number(process.argv[2] ?? 1000)
  console.log(generatedNewsroom(count, process.argv[3]).dir)
}
