/**
 * The build's cache of things that are slow to make and depend only on their inputs (share
 * cards, cut faces, picture copies): .cache/<kind>/<key>.<extension>, keyed by a hash of the
 * inputs. A file is written whole or not at all, so a build interrupted midway never leaves half
 * a file that a later build would trust.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** The hex SHA-256 of some bytes or text. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/** Writes then renames: a reader sees the old file or the whole new one, never part of it. */
export function writeWhole(file: string, data: Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true })
  const partial = `${file}.${process.pid}.partial`
  writeFileSync(partial, data)
  renameSync(partial, file)
}

/** The cached bytes for `key`, made (and kept) by `make` on a miss. */
export async function cached(
  root: string,
  kind: string,
  key: string,
  extension: string,
  make: () => Promise<Uint8Array>,
): Promise<Buffer> {
  const file = path.join(root, '.cache', kind, `${key}.${extension}`)
  if (existsSync(file)) return readFileSync(file)
  const data = Buffer.from(await make())
  writeWhole(file, data)
  return data
}
