/**
 * One build at a time, and a complete out/ at every moment.
 *
 * - The lock: `.build.lock` holds the process ID and host of the build that owns the folder. A
 *   second build stops at once and says who holds it; a lock left by a killed build (its process
 *   is gone) is taken over with a note, so it never blocks for good.
 * - The swap: out is a symbolic link to a finished release in `.out-releases/`. A build exports
 *   into `.out-releases/staging/`, renames it to its own name when everything succeeded, and
 *   replaces the link with one rename(2), which is atomic: a reader (or a host's upload) sees the
 *   old site or the new one, never none, even if the build is killed at any instant. The
 *   previous release is kept (a server may still be reading it); older ones are moved out to
 *   `.out-releases-removed/` and deleted there by a process of their own, which outlives the
 *   build: unlinking a 10,000-story release file by file takes some 10 s, and nothing waits
 *   for it. A deletion cut short is finished by the next build's.
 */
import { spawn } from 'cross-spawn'
import {
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeSync,
  closeSync,
} from 'node:fs'
import { hostname } from 'node:os'
import path from 'node:path'

export const OUT_DIR = 'out'
export const RELEASES_DIR = '.out-releases'
/**
 * Where old releases (and the previous render's output, build/stages/render.ts) wait to be
 * deleted: outside .out-releases, which a host's workflow caches.
 */
export const REMOVED_DIR = '.out-releases-removed'
export const STAGING_NAME = 'staging'
const LOCK_FILE = '.build.lock'
/** A lock from another machine (a shared folder) whose owner cannot be asked is stale after this. */
const FOREIGN_LOCK_HOURS = 6

type LockOwner = { pid: number; host: string; started: string }

export class BuildLockedError extends Error {}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
  // A killed process whose parent has not collected it yet (a zombie) builds nothing.
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return true
  }
}

function readOwner(file: string): LockOwner | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockOwner
  } catch {
    return undefined
  }
}

function isStale(owner: LockOwner | undefined): boolean {
  if (!owner) return true
  if (owner.host === hostname()) return !isRunning(owner.pid)
  const age = Date.now() - new Date(owner.started).getTime()
  return !(age < FOREIGN_LOCK_HOURS * 3600_000)
}

/**
 * Takes the folder's build lock, or throws BuildLockedError naming the build that holds it.
 * Returns a function that gives the lock back (also called on exit).
 */
export function acquireBuildLock(
  root: string,
  log: (line: string) => void = console.log,
): () => void {
  const file = path.join(root, LOCK_FILE)
  const owner: LockOwner = { pid: process.pid, host: hostname(), started: new Date().toISOString() }
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(file, 'wx')
      writeSync(fd, `${JSON.stringify(owner)}\n`)
      closeSync(fd)
      const release = () => {
        if (readOwner(file)?.pid === owner.pid) rmSync(file, { force: true })
      }
      process.once('exit', release)
      return release
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const holder = readOwner(file)
    if (!isStale(holder)) {
      throw new BuildLockedError(
        `another build (process ${holder?.pid} on ${holder?.host}, started ${holder?.started}) is running in this folder. ` +
          `Wait for it to finish; if no build is running, delete ${LOCK_FILE}.`,
      )
    }
    log(
      `  took over a lock left by a build that is no longer running (process ${holder?.pid ?? 'unknown'})`,
    )
    rmSync(file, { force: true })
  }
  throw new BuildLockedError(`could not take ${LOCK_FILE}: another build took it first`)
}

/** The folder a build exports into; emptied first (the lock makes it this build's alone). */
export function prepareStaging(root: string): string {
  const staging = path.join(root, RELEASES_DIR, STAGING_NAME)
  rmSync(staging, { recursive: true, force: true })
  mkdirSync(staging, { recursive: true })
  return staging
}

export function discardStaging(root: string): void {
  rmSync(path.join(root, RELEASES_DIR, STAGING_NAME), { recursive: true, force: true })
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink()
  } catch {
    return false
  }
}

function exists(file: string): boolean {
  try {
    lstatSync(file)
    return true
  } catch {
    return false
  }
}

/** Points `out` at `release` (a folder name in .out-releases/) with one atomic rename. */
function pointOutAt(root: string, release: string): void {
  const link = path.join(root, OUT_DIR)
  const temporary = path.join(root, `.out-link-${process.pid}`)
  rmSync(temporary, { force: true })
  const target = path.join(RELEASES_DIR, release)
  if (process.platform === 'win32') symlinkSync(path.join(root, target), temporary, 'junction')
  else symlinkSync(target, temporary, 'dir')
  renameSync(temporary, link)
}

/** The release `out` points at now, if it is a link into .out-releases/. */
export function currentRelease(root: string): string | undefined {
  const link = path.join(root, OUT_DIR)
  if (!isLink(link)) return undefined
  return path.basename(readlinkSync(link))
}

/**
 * Makes the staged export the published site: names the release, swaps the link, and keeps
 * only the new release and the one before it.
 */
export function publishRelease(root: string): string {
  const releases = path.join(root, RELEASES_DIR)
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  let name = stamp
  for (let count = 2; existsSync(path.join(releases, name)); count += 1) name = `${stamp}-${count}`
  renameSync(path.join(releases, STAGING_NAME), path.join(releases, name))
  const link = path.join(root, OUT_DIR)
  if (exists(link) && !isLink(link)) {
    // out/ from before releases were links (or made by hand): keep it as a release. Only this
    // first swap has a moment without out/; a build killed then restores it (recoverOut).
    renameSync(link, path.join(releases, `${name}-previous`))
  }
  const previous = currentRelease(root)
  pointOutAt(root, name)
  removeInBackground(
    root,
    readdirSync(releases)
      .filter((entry) => entry !== name && entry !== previous && entry !== `${name}-previous`)
      .map((entry) => path.join(releases, entry)),
  )
  return name
}

/**
 * Moves `folders` into REMOVED_DIR and deletes them, with whatever an earlier deletion left
 * there, in a detached process. A folder that cannot be moved is deleted here.
 */
export function removeInBackground(root: string, folders: readonly string[]): void {
  const removed = path.join(root, REMOVED_DIR)
  const leftOver = existsSync(removed) ? readdirSync(removed) : []
  if (folders.length === 0 && leftOver.length === 0) return
  mkdirSync(removed, { recursive: true })
  for (const folder of folders) {
    try {
      if (!existsSync(folder)) continue
      renameSync(
        folder,
        path.join(removed, `${path.basename(folder)}-${process.pid}-${Date.now()}`),
      )
    } catch {
      rmSync(folder, { recursive: true, force: true })
    }
  }
  const deletion = spawn(
    process.execPath,
    [
      '-e',
      `const fs = require('node:fs'), path = require('node:path')
       for (const entry of fs.readdirSync(process.argv[1]))
         try { fs.rmSync(path.join(process.argv[1], entry), { recursive: true, force: true }) } catch {}`,
      removed,
    ],
    { detached: true, stdio: 'ignore' },
  )
  deletion.on('error', () => rmSync(removed, { recursive: true, force: true }))
  deletion.unref()
}

/** After a build killed during the one-time move of a plain out/ folder: link the newest release. */
export function recoverOut(root: string): void {
  if (exists(path.join(root, OUT_DIR))) return
  const releases = path.join(root, RELEASES_DIR)
  if (!existsSync(releases)) return
  // A "-previous" release is the old out/ that the interrupted swap was replacing.
  const finished = readdirSync(releases)
    .filter((entry) => entry !== STAGING_NAME)
    .sort(
      (a, b) =>
        Number(a.endsWith('-previous')) - Number(b.endsWith('-previous')) || b.localeCompare(a),
    )
  const newest = finished[0]
  if (newest) pointOutAt(root, newest)
}

/** Where the lock lives, for tests that leave one behind as a killed build would. */
export function lockFilePath(root: string): string {
  return path.join(root, LOCK_FILE)
}
