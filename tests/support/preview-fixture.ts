/**
 * Playwright's second web server: the editors' preview (`npm run dev`) running on a fresh copy
 * of the newsroom fixture in .test-builds/preview/, which the preview tests edit as an editor would.
 */
import { spawn } from 'cross-spawn'
import path from 'node:path'
import { REPO } from './workspace'
import { createWorkspace } from './fixture-site'

export const PREVIEW_WORKSPACE = 'preview'

const port = process.argv[2] ?? '4174'
const workspace = createWorkspace('newsroom', PREVIEW_WORKSPACE)
const preview = spawn(
  process.execPath,
  [path.join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'tools/dev.ts'],
  {
    cwd: workspace.dir,
    env: { ...process.env, PORT: port, NEWSROOM_BUILD_TIME: '2026-11-27T12:00:00Z' },
    stdio: 'inherit',
  },
)
const stop = () => {
  preview.kill('SIGTERM')
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
preview.on('exit', (code) => process.exit(code ?? 0))
