/**
 * The build's cache of things that are slow to make and depend only on their inputs (share
 * cards, cut faces, picture copies): .cache/<kind>/<key>.<extension>, keyed by a hash of the
 * inputs. A file is written whole or not at all, so a build interrupted midway never leaves half
 * a file that a later build would trust.
 */
import { createHash } from 'node:crypto'
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
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

/** The cached file for `key`, made (and kept) by `make` on a miss. */
export async function cachedFile(
  root: string,
  kind: string,
  key: string,
  extension: string,
  make: () => Promise<Uint8Array>,
): Promise<string> {
  const file = path.join(root, '.cache', kind, `${key}.${extension}`)
  if (!existsSync(file)) writeWhole(file, await make())
  return file
}

/** The cached bytes for `key`, made (and kept) by `make` on a miss. */
export async function cached(
  root: string,
  kind: string,
  key: string,
  extension: string,
  make: () => Promise<Uint8Array>,
): Promise<Buffer> {
  return readFileSync(await cachedFile(root, kind, key, extension, make))
}

/**
 * Puts a cached file at `target` by hard link (a copy where the two folders are on different
 * disks): ten thousand share cards are not read and written again on every build. A cached file
 * is only ever replaced whole (writeWhole), never written into, so the link stays as it was.
 */
export function linkCached(file: string, target: string): void {
  mkdirSync(path.dirname(target), { recursive: true })
  rmSync(target, { force: true })
  try {
    linkSync(file, target)
  } catch {
    copyFileSync(file, target)
  }
}
