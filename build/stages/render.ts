/**
 * `next build`: every page of the export rendered into the staging folder (NEWSROOM_EXPORT_DIR,
 * next.config.ts), each from its record (NEWSROOM_RECORDS_DIR, build/stages/page-records.ts).
 * The content and the types were checked by earlier stages, so the render workers are told not
 * to check them again.
 */
import path from 'node:path'
import { removeInBackground } from '../release'
import { BuildStopped } from '../runner'
import { bin, run } from '../run'
import type { StepTimer } from '../step-timer'

export async function renderPages(
  root: string,
  staging: string,
  buildId: string,
  recordsDir: string,
  timer: StepTimer,
): Promise<void> {
  // Next empties its folder before it builds: after a cold build of 10,000 stories that is some
  // 60,000 files of the last render, unlinked one by one for 20–40 s before anything compiles.
  // They are moved aside and deleted in the background instead (build/release.ts).
  removeInBackground(root, [path.join(root, '.next', 'server')])
  const next = await run(bin('next'), ['build'], {
    cwd: root,
    // Next's own progress lines mark where compiling ends and rendering starts.
    transform: (line) => {
      if (/Collecting page data/.test(line)) timer.start('render')
      else if (/Generating static pages .* in /.test(line)) timer.start('finalize')
      return line
    },
    env: {
      ...process.env,
      NEWSROOM_EXPORT_DIR: path.relative(root, staging),
      // Set it by hand only to compare two versions of the code: same content, same ID, same files.
      NEWSROOM_BUILD_ID: buildId,
      NEXT_TELEMETRY_DISABLED: '1',
      // What each page is rendered from (lib/content/page-reader.ts).
      NEWSROOM_RECORDS_DIR: recordsDir,
      // The rules passed: render workers need not check the whole archive again.
      NEWSROOM_CONTENT_CHECKED: '1',
      // …and the types were checked (or by an earlier build of the same code).
      NEWSROOM_TYPES_CHECKED: '1',
    },
  })
  if (next.code !== 0) throw new BuildStopped('next build failed (see above).')
}
