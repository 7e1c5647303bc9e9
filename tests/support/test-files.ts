/**
 * Runs node's test runner over a folder's *.test.ts files. The file list is made here, not by
 * the shell: Windows' shells do not expand `tests/unit/*.test.ts`, and Node 20's runner does not
 * either.
 *
 *   tsx tests/support/test-files.ts tests/unit [more node --test options]
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { spawn } from 'cross-spawn'

const [folder = 'tests/unit', ...options] = process.argv.slice(2)
const files = readdirSync(folder)
  .filter((file) => file.endsWith('.test.ts'))
  .sort()
  .map((file) => path.join(folder, file))
if (files.length === 0) {
  console.error(`No *.test.ts files in ${folder}/`)
  process.exit(1)
}
const child = spawn(process.execPath, ['--import', 'tsx', '--test', ...options, ...files], {
  stdio: 'inherit',
})
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
