/**
 * The old site's files, found for the importer: in a copy of its `wp-content/uploads` folder
 * (`--uploads`), else — with `--fetch` — from the old site itself while it is online. The
 * original is preferred to WordPress's smaller copies (`bridge-1024x683.jpg` → `bridge.jpg`).
 * A file is copied beside the story that uses it, under a folder named by the story's slug;
 * every file is checked by the site's own rules before it is kept.
 */
import { copyFileSync, existsSync, lstatSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const UPLOADS = '/wp-content/uploads/'

/** `https://old.example/wp-content/uploads/2019/05/bridge-300x200.jpg` → `2019/05/bridge-300x200.jpg` */
export function uploadsPath(url: string): string | undefined {
  let pathname: string
  try {
    pathname = decodeURIComponent(new URL(url, 'https://old.invalid').pathname)
  } catch {
    return undefined
  }
  const at = pathname.indexOf(UPLOADS)
  if (at === -1) return undefined
  const relative = pathname.slice(at + UPLOADS.length)
  if (!relative || relative.split('/').some((step) => step === '..' || step === '' || step === '.'))
    return undefined
  return relative
}

/** The file WordPress made a copy from: `bridge-1024x683.jpg`, `bridge-scaled.jpg` → `bridge.jpg`. */
export function originalUpload(relative: string): string {
  return relative.replace(/-(?:\d+x\d+|scaled|rotated)(?=\.[a-z0-9]+$)/i, '')
}

/** The names to look for, the original first: WordPress's `-300x200` and `-scaled` copies come after it. */
export function uploadCandidates(relative: string): string[] {
  const original = originalUpload(relative)
  return original === relative ? [relative] : [original, relative]
}

export type Uploads = {
  /** Copies the file at `url` to `destination`; false when it cannot be found. */
  copy: (url: string, destination: string) => Promise<boolean>
}

/** Files limited to what a story may hold here (the site's own limits check them again). */
const FETCH_LIMIT = 30 * 1024 * 1024

/**
 * `folder`: the copy of `wp-content/uploads`. `site`: the old site's origin, asked for what the
 * folder lacks (`--fetch`); nothing is fetched from any other origin, whatever the export names
 * (an export is untrusted: it could name a server inside the network).
 */
export function uploadsFrom(folder: string | undefined, site: string | undefined): Uploads {
  return {
    async copy(url, destination) {
      const relative = uploadsPath(url)
      if (relative && folder) {
        for (const candidate of uploadCandidates(relative)) {
          const file = path.join(folder, ...candidate.split('/'))
          // Never a link: it could copy a file from anywhere on the machine into the site.
          if (existsSync(file) && lstatSync(file).isFile()) {
            mkdirSync(path.dirname(destination), { recursive: true })
            copyFileSync(file, destination)
            return true
          }
        }
      }
      if (!site || !/^https?:\/\//i.test(url) || new URL(url).origin !== site) return false
      for (const candidate of relative ? uploadCandidates(relative) : [url]) {
        const address = relative ? url.replace(relative, candidate) : url
        try {
          // A redirect is not followed: it could lead anywhere.
          const response = await fetch(address, {
            signal: AbortSignal.timeout(20_000),
            redirect: 'manual',
          })
          if (!response.ok) continue
          const length = Number(response.headers.get('content-length') ?? 0)
          if (length > FETCH_LIMIT) continue
          const bytes = Buffer.from(await response.arrayBuffer())
          if (bytes.length > FETCH_LIMIT) continue
          mkdirSync(path.dirname(destination), { recursive: true })
          writeFileSync(destination, bytes)
          return true
        } catch {
          // Offline or refused: the next candidate, then "missing".
        }
      }
      return false
    },
  }
}

/** Removes a copied file the site's rules refused. */
export function discard(file: string): void {
  rmSync(file, { force: true })
}
