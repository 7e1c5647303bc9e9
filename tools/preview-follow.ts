/**
 * Keeps the editors' preview in step with content/ while it runs. Contentlayer regenerates its
 * data on every save and Next re-reads it, but Next's dev server answers an address it has not
 * listed yet from its previous list of a route's pages (generateStaticParams), refreshing that
 * list only in the background: a story saved a moment ago would be "not found" on the first
 * reload. So after each change this asks the preview for every address that is new (a new,
 * renamed or moved story, a new tag) until it answers, and publishes the pictures the stories
 * now use, before the editor reloads.
 */
import { existsSync, readFileSync, watchFile } from 'node:fs'
import path from 'node:path'
import { siteAddresses } from '../lib/content/rules'
import { parseSiteConfig } from '../lib/site/site-config'
import { generatedIndexFile, readGeneratedDocuments } from '../lib/content/generated'
import { mediaInUse, publishContentMedia } from '../build/stages/media'

const KINDS = ['articles', 'livePages', 'liveUpdates', 'sections', 'authors', 'pages'] as const

/** Every address the preview shows (drafts included), from Contentlayer's latest output. */
function previewAddresses(
  root: string,
  documents: ReturnType<typeof readGeneratedDocuments>,
): Set<string> {
  const editions = parseSiteConfig(
    readFileSync(path.join(root, 'content', 'site.yml'), 'utf8'),
    'content/site.yml',
  ).editions.map((edition) => edition.code)
  return siteAddresses({ ...documents, editions })
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Reads the preview's addresses until two reads in a row agree. Contentlayer rewrites its indexes
 * one by one, so a read between two writes can miss a whole kind (every standalone page, say);
 * taken as the truth, the next read would count those addresses as new. Gives up (and returns
 * undefined) after `attempts` reads that keep changing or failing, leaving it to the next save.
 */
export async function settledAddresses(
  read: () => Set<string>,
  wait: () => Promise<unknown>,
  attempts = 6,
): Promise<Set<string> | undefined> {
  let previous: Set<string> | undefined
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    let current: Set<string> | undefined
    try {
      current = read()
    } catch {
      current = undefined // A half-written file.
    }
    if (current && previous && sameSet(current, previous)) return current
    previous = current
    await wait()
  }
  return undefined
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((item) => b.has(item))
}

/** Asks the preview for `address` until it is no longer "not found" (at most ~15 s). */
async function warm(origin: string, address: string): Promise<boolean> {
  for (let attempt = 0; attempt < 30; attempt += 1) {
    try {
      const response = await fetch(new URL(encodeURI(address), origin), { redirect: 'manual' })
      await response.arrayBuffer()
      if (response.status !== 404) return true
    } catch {
      // The preview is still starting or compiling.
    }
    await pause(500)
  }
  return false
}

export function followContent(root: string, origin: string): void {
  let known = new Set<string>()
  try {
    known = previewAddresses(root, readGeneratedDocuments(root))
  } catch {
    // No content generated yet (a broken file at start): everything counts as new later.
  }
  let timer: NodeJS.Timeout | undefined
  let running = Promise.resolve()

  const update = async () => {
    // The documents of the last read: the one the addresses were settled on.
    let documents: ReturnType<typeof readGeneratedDocuments> | undefined
    const now = await settledAddresses(
      () => previewAddresses(root, (documents = readGeneratedDocuments(root))),
      () => pause(150),
    )
    if (!now || !documents) return // Still being written; the next save brings a whole one.
    try {
      publishContentMedia(
        root,
        mediaInUse(root, documents, { buildTime: new Date(), includeUnpublished: true }),
      )
    } catch {
      return // A picture still being copied; the next save publishes it.
    }
    const added = [...now].filter((address) => !known.has(address))
    known = now
    // All at once: an address counted new by a half-written read must not hold a real one back.
    await Promise.all(
      added.map(async (address) => {
        if (await warm(origin, address)) console.log(`  ↻ preview: ${address}`)
        else console.warn(`  ! preview: ${address} does not answer yet; reload it in a moment`)
      }),
    )
  }

  for (const kind of KINDS) {
    const file = generatedIndexFile(root, kind)
    watchFile(file, { interval: 300 }, () => {
      if (!existsSync(file)) return
      clearTimeout(timer)
      // Contentlayer writes one index per type: wait until it has written them all.
      timer = setTimeout(() => {
        running = running.then(update)
      }, 300)
    })
  }
}
