/**
 * Throwaway folders for tests, removed when the test process ends (passing or failing), so test
 * runs do not pile folders up in the system's temporary directory.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const made: string[] = []
process.on('exit', () => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true })
})

export function tempFolder(prefix: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), `${prefix}-`))
  made.push(folder)
  return folder
}
