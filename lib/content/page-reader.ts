/**
 * The export's routes' one door to the content (`page.static.tsx` and the feed and sitemap
 * routes). In `npm run build` the build has written every page's record to disk
 * (NEWSROOM_RECORDS_DIR, build/stages/page-records.ts) and a render worker reads only the
 * records of the pages it renders. Anywhere else — the preview (`npm run dev`), a bare
 * `next build` — it answers from the newsroom model (lib/content/export-reader.ts), loaded only
 * then: the import below is dynamic so that a render worker never evaluates the archive.
 */
import 'server-only'
import { recordsOnDisk, type ExportReader } from './export-records'

const recordsDir = process.env.NEWSROOM_RECORDS_DIR
const records = recordsDir ? recordsOnDisk(recordsDir) : undefined

// Not kept between calls: the preview re-evaluates the model's module on every save.
const open = async (): Promise<ExportReader> =>
  records ?? (await import('./export-reader')).exportReader

export const exportReader: ExportReader = {
  index: async () => (await open()).index(),
  page: async (address) => (await open()).page(address),
  file: async (address) => (await open()).file(address),
  article: async (edition, section, slug, page) =>
    (await open()).article(edition, section, slug, page),
  listing: async (edition, kind, slug, page) => (await open()).listing(edition, kind, slug, page),
  chrome: async (edition) => (await open()).chrome(edition),
  version: async (address) => (await open()).version(address),
}
