/**
 * `npm run build` (and `npm run build:preview`, a review copy: build/stages/review-copy.ts):
 * the site's build as an ordered list of stages. Reading `stages` below is reading the pipeline;
 * build/runner.ts runs it, timing each stage under its name, and stops at the first failure with
 * the stage and the reason, the staging folder discarded and out/ as it was. One build runs in a
 * folder at a time, and out/ changes only in the last stage, at once (build/release.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  hostLimitWarnings,
  redirectShortfall,
  REDIRECT_RULE_LIMITS,
  type HostSite,
} from '../lib/finish/host-files'
import { editionUrl, liveCountUrl } from '../lib/site/routes'
import { PAGE_ASSETS_FILE, pageAssetsJson } from '../lib/edge/worker-handler'
import type { SiteConfig } from '../lib/site/site-config'
import { siteBuildId, workerBuildId } from './build-id'
import {
  carryPages,
  fileVersions,
  pruneRenderedCopies,
  renderedCopy,
  versionOf,
  writeReleaseState,
  type FileState,
  type PageState,
} from './carry'
import { scanExportedPages, type ExportedPages } from './exported-pages'
import { openSearchCopies } from './search-copies'
import {
  acquireBuildLock,
  BuildLockedError,
  discardStaging,
  OUT_DIR,
  prepareStaging,
  publishRelease,
  recoverOut,
} from './release'
import { BuildStopped, runStages, type Stage } from './runner'
import { writeAdmin } from './stages/admin'
import { writeShareImages } from './stages/cards'
import { runContentChecks, type ContentCheck } from './stages/check'
import { finishPages, renderedStamps } from './stages/finish'
import { stampName } from '../lib/finish/stamps'
import { publishFonts, type PublishedFonts } from './stages/fonts'
import { measureExport, writeDeployDocs, writeHostFiles } from './stages/hosts'
import { publishContentMedia } from './stages/media'
import {
  PUBLISHED_ADDRESSES,
  savePublishedAddresses,
  writeRedirects,
  type WrittenRedirects,
} from './stages/old-addresses'
import { makeImageVariants, type MadeVariants } from './stages/pictures'
import { packSearchFragments, writeArchiveData, type ArchiveData } from './stages/archive-records'
import type { WrittenRecords } from './stages/page-records'
import { renderPages } from './stages/render'
import { isPreviewBuild, markPreview } from './stages/review-copy'
import { writeSearchIndex } from './stages/search'
import { checkTypes, writeSchemaTypes } from './stages/types'
import { buildWorker, WORKER_CONFIG } from './stages/worker-bundle'
import { buildSteps, STEP_TIMES_FILE } from './step-timer'
import { runningLivePages } from '../lib/content/live-pages'
import { dropEmptyNewsSitemaps } from '../lib/finish/news-sitemaps'

/** What the stages hand on to one another; each field is set by the stage named beside it. */
type Build = {
  root: string
  /** NEWSROOM_BUILD_TIME as given: the build ID hashes this text. */
  buildTimeText: string
  buildTime: Date
  /** A review copy: drafts shown, nothing indexed, nothing recorded. */
  preview: boolean
  /** check */
  checked?: Extract<ContentCheck, { ok: true }>
  /** site: read only after the check, which reports a broken content/site.yml with its field. */
  site?: SiteConfig
  /** Next's build ID: the code and the site's settings (build-id.ts) */
  buildId?: string
  /** records: what every page is rendered from, and which pages are carried */
  records?: WrittenRecords
  /** records: each page file's version, made when first asked */
  fileVersions?: Map<string, string>
  /** carry: the files linked from the published release, with what it knew of each */
  carried?: Map<string, FileState>
  /** render: the folder the release is made in. */
  staging?: string
  /** records (edge mode) */
  archive?: ArchiveData
  /** pages read */
  shown?: ExportedPages
  /** pages read: the folder the search index reads (build/search-copies.ts) */
  searchPages?: string
  /** fonts */
  fonts?: PublishedFonts
  /** pictures */
  pictures?: MadeVariants
  /** finish pages: how each page file was finished */
  finishKeys?: Map<string, string>
  /** old addresses */
  moved?: WrittenRedirects
}

/** A field an earlier stage sets; its absence is a fault in this list's order. */
function needs<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not there yet: the stages are out of order`)
  return value
}
const siteOf = (build: Build) => needs(build.site, 'the site configuration')
const documentsOf = (build: Build) => needs(build.checked, 'the content check').documents
const stagingOf = (build: Build) => needs(build.staging, 'the staging folder')
/** Each page file of the export with its page's version (build/carry.ts), made once. */
const fileVersionsOf = (build: Build) =>
  (build.fileVersions ??= fileVersions(needs(build.records, 'the records').exported))
const isEdge = (build: Build) => siteOf(build).archive.mode === 'edge'
const workerId = (build: Build) => process.env.NEWSROOM_BUILD_ID ?? workerBuildId(build.root)
const hostSite = (build: Build): HostSite => {
  const moved = needs(build.moved, 'the old addresses')
  return {
    defaultEditionPath: editionUrl(siteOf(build).defaultEdition),
    moved: moved.redirects,
    oldPaths: moved.oldSite.paths,
    oldQueries: moved.oldSite.queries,
  }
}
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`

export const stages: readonly Stage<Build>[] = [
  {
    // Its own three steps (check files, content, rules) are timed inside it.
    name: 'check files',
    run: async (build) => {
      const checked = await runContentChecks(build.root, {
        buildTime: build.buildTime,
        includeUnpublished: build.preview,
      })
      if (!checked.ok) throw new BuildStopped(checked.reason)
      build.checked = checked
      // Read only now: a broken content/site.yml was reported, with its field, by the check.
      build.site = (await import('../lib/site/site')).site
    },
  },
  {
    name: 'media',
    run: (build) => {
      const { media, unusedImages } = needs(build.checked, 'the content check')
      publishContentMedia(build.root, media)
      if (media.length > 0)
        console.log(`  published ${media.length} image(s) kept beside content files`)
      for (const image of unusedImages)
        console.log(`  · not published: ${image} (no published story uses it)`)
    },
  },
  {
    name: 'type check',
    log: 'Checking types (tsc)',
    run: async (build) => {
      if (!(await writeSchemaTypes(build.root)))
        throw new BuildStopped(
          'Contentlayer could not write the content schema’s types (see above).',
        )
      const types = await checkTypes(build.root)
      if (!types.ok) throw new BuildStopped('the code does not type-check (see above).')
      if (types.skipped) console.log('  code unchanged since a build that checked it')
    },
  },
  {
    // The newsroom model, once, in this process: render workers read each page's record.
    name: 'records',
    log: 'Writing what every page is rendered from (records)',
    run: async (build) => {
      build.buildId = process.env.NEWSROOM_BUILD_ID ?? siteBuildId(build.root)
      // Imported only now: the model's outputs read content/site.yml, which the check vouched for.
      const { writePageRecords } = await import('./stages/page-records')
      const records = await writePageRecords(
        build.root,
        {
          buildTime: build.buildTime,
          site: siteOf(build),
          showsUnpublished: build.preview,
          buildId: build.buildId,
          code: siteBuildId(build.root),
        },
        documentsOf(build),
      )
      console.log(
        `  ${records.pages.toLocaleString('en')} pages (${records.rewritten.toLocaleString('en')} records written, the others unchanged) and ${records.files} feeds and sitemaps, ${(records.bytes / 1024 / 1024).toFixed(1)} MiB`,
      )
      const all = records.pages.toLocaleString('en')
      console.log(
        records.carry.full
          ? `  ${records.carry.reason}: rendering all ${all} pages`
          : `  rendering ${records.rendered.toLocaleString('en')} of ${all} pages; ${records.carry.carried.size.toLocaleString('en')} carried from the previous release`,
      )
      build.records = records
    },
  },
  {
    // Next's own progress lines end this step and start 'render' and 'finalize'.
    name: 'compile',
    log: 'Rendering pages (next build)',
    run: async (build) => {
      build.staging = prepareStaging(build.root)
      const records = needs(build.records, 'the records').dir
      await renderPages(
        build.root,
        build.staging,
        needs(build.buildId, 'the build ID'),
        records,
        buildSteps,
      )
    },
  },
  {
    // The pages whose version is the published one's, linked from it (build/carry.ts).
    name: 'carry',
    when: (build) => !needs(build.records, 'the records').carry.full,
    run: (build) => {
      const { carry } = needs(build.records, 'the records')
      build.carried = carryPages(build.root, stagingOf(build), carry)
      console.log(`  ${build.carried.size.toLocaleString('en')} page files linked`)
    },
  },
  {
    // Beside each live page still updated, what its island asks (components/live/).
    name: 'live counts',
    when: (build) => needs(build.records, 'the records').liveCounts.length > 0,
    run: (build) => {
      const { liveCounts } = needs(build.records, 'the records')
      for (const { address, count, latest } of liveCounts)
        writeFileSync(
          path.join(stagingOf(build), liveCountUrl(address).slice(1)),
          JSON.stringify({ count, latest }),
        )
      console.log(`  ${liveCounts.length} live pages' ${liveCountUrl('')}`)
    },
  },
  {
    name: 'cards',
    log: 'Drawing share cards and logos (sharp)',
    run: async (build) => {
      const { shareImages } = needs(build.records, 'the records')
      const images = await writeShareImages(stagingOf(build), build.root, shareImages)
      console.log(`  ${images} images written`)
    },
  },
  {
    // Edge mode: the export holds the hot window; the Worker renders the rest from these records.
    name: 'archive records',
    log: `Writing the archive's records for the Worker (edge mode)`,
    when: isEdge,
    run: (build) => {
      const site = siteOf(build)
      const written = writeArchiveData(
        stagingOf(build),
        build.root,
        {
          buildTime: build.buildTime,
          timeZone: site.timeZone,
          editions: site.editions,
          worker: workerId(build),
        },
        documentsOf(build),
      )
      console.log(
        `  ${written.records.toLocaleString('en')} pages in ${written.shards} shards, ${(written.bytes / 1024 / 1024).toFixed(1)} MiB`,
      )
      build.archive = written
    },
  },
  {
    // One read of every page rendered now, for the search index, the faces and the pictures.
    name: 'pages read',
    run: (build) => {
      const staging = stagingOf(build)
      const versions = build.preview ? undefined : fileVersionsOf(build)
      const copies = openSearchCopies(build.root, versions)
      const shown = scanExportedPages(staging, build.carried, copies.add)
      const cut = copies.complete(shown.files.keys(), (file) =>
        readFileSync(renderedCopy(build.root, file, versions?.get(file) ?? ''), 'utf8'),
      )
      // The Worker's pages use the same faces and pictures as the exported ones.
      for (const character of build.archive?.characters ?? []) shown.characters.add(character)
      shown.pictures = [...new Set([...shown.pictures, ...(build.archive?.pictures ?? [])])].sort()
      console.log(
        `  ${shown.files.size.toLocaleString('en')} pages; ${cut.toLocaleString('en')} cut for the search index`,
      )
      build.shown = shown
      build.searchPages = copies.dir
    },
  },
  {
    name: 'search index',
    log: 'Indexing articles for search (Pagefind)',
    run: async (build) => {
      const counts = await writeSearchIndex(
        stagingOf(build),
        needs(build.searchPages, 'the search copies'),
        build.archive?.searchDocuments,
      )
      const summary = Object.entries(counts).map(([lang, pages]) => `${pages} (${lang})`)
      console.log(`  articles indexed: ${summary.join(', ')}`)
      if (!isEdge(build)) return
      const packed = packSearchFragments(stagingOf(build))
      console.log(
        `  ${packed.fragments} result fragments packed into ${packed.shards} shards for the Worker`,
      )
    },
  },
  {
    name: 'fonts',
    log: 'Cutting the faces to the characters the pages show (subset-font)',
    run: async (build) => {
      const { characters } = needs(build.shown, 'the pages read')
      const fonts = await publishFonts(stagingOf(build), build.root, characters)
      console.log(`  ${fonts.faces.length} face files, ${kib(fonts.bytes)} in all`)
      build.fonts = fonts
    },
  },
  {
    name: 'images',
    log: (build) => {
      const service = siteOf(build).images.service
      return `Sizing pictures for every screen (${service === 'build' ? 'sharp, WebP' : `${service}'s image service`})`
    },
    run: async (build) => {
      const pictures = await makeImageVariants(
        stagingOf(build),
        build.root,
        siteOf(build).images.service,
        needs(build.shown, 'the pages read').pictures,
      )
      console.log(
        `  ${pictures.pictures} pictures; ${pictures.files} WebP copies, ${kib(pictures.bytes)}`,
      )
      build.pictures = pictures
    },
  },
  {
    name: 'finish pages',
    log: 'Finishing pages (framework runtime off reading pages, Content Security Policy, host headers)',
    run: (build) => {
      const staging = stagingOf(build)
      const stamps = renderedStamps(
        staging,
        build.carried ?? new Map(),
        siteOf(build).editions.flatMap(({ code }) => [
          stampName(code, 'breaking'),
          stampName(code, 'date-line'),
        ]),
      )
      const pageAssets = {
        faces: needs(build.fonts, 'the faces').faces,
        pictures: needs(build.pictures, 'the pictures').options,
        stamps,
      }
      // What finishing a page uses: the faces, the parts stamped on every page, and the copies
      // of the pictures it shows.
      const everyPage = JSON.stringify([pageAssets.faces, [...stamps]])
      const files = needs(build.shown, 'the pages read').files
      const options = pageAssets.pictures
      const finishKey = (file: string) =>
        versionOf(
          everyPage,
          JSON.stringify(
            (files.get(file)?.pictures ?? []).map((src) =>
              options?.service === 'build' ? options.variants.get(src) : options?.widths.get(src),
            ),
          ),
        )
      const versions = fileVersionsOf(build)
      const finished = finishPages(
        staging,
        path.join(build.root, 'public'),
        pageAssets,
        build.preview
          ? undefined
          : {
              carried: build.carried ?? new Map(),
              finishKey,
              renderedCopy: (file) => renderedCopy(build.root, file, versions.get(file) ?? ''),
            },
      )
      build.finishKeys = finished.keys
      // The Worker finishes its pages with the same faces and pictures.
      if (isEdge(build))
        writeFileSync(
          path.join(staging, ...PAGE_ASSETS_FILE.split('/')),
          JSON.stringify(pageAssetsJson(pageAssets)),
        )
      console.log(
        `  ${finished.pages} pages finished${finished.carried ? ` (${finished.carried} carried as they were)` : ''}; ${finished.withScripts} keep the framework's runtime (search)`,
      )
    },
  },
  {
    name: 'old addresses',
    run: (build) => {
      const site = siteOf(build)
      build.moved = writeRedirects(
        stagingOf(build),
        build.root,
        {
          buildTime: build.buildTime,
          editions: site.editions.map((edition) => edition.code),
          baseUrl: site.baseUrl,
          edgeRoot: isEdge(build) ? editionUrl(site.defaultEdition) : undefined,
        },
        documentsOf(build),
      )
      if (build.moved.redirects.length > 0)
        console.log(
          `  ${build.moved.redirects.length} old address(es) lead to where their story is now`,
        )
      const { paths, queries, waiting } = build.moved.oldSite
      if (paths.length + queries.length > 0)
        console.log(
          `  ${paths.length + queries.length} address(es) of the replaced site lead to their page here (content/old-addresses.txt)`,
        )
      if (waiting.length > 0)
        console.log(
          `  ${waiting.length} line(s) of content/old-addresses.txt wait for their page to be published (first: line ${waiting[0]?.line})`,
        )
    },
  },
  {
    name: 'host files',
    run: (build) => {
      const quiet = dropEmptyNewsSitemaps(
        stagingOf(build),
        siteOf(build).editions.map((edition) => edition.code),
      )
      if (quiet.length > 0)
        console.log(`  no story in ${quiet.join(', ')}: left out, and out of robots.txt`)
      const host = siteOf(build).deploy.host
      writeHostFiles(stagingOf(build), hostSite(build), host, siteOf(build).announce.indexNow?.key)
      const shortfall = redirectShortfall(hostSite(build), host)
      if (shortfall.rules > 0)
        console.warn(
          `  ! ${shortfall.rules.toLocaleString('en')} redirect(s) past the ${REDIRECT_RULE_LIMITS[host]?.toLocaleString('en')} rules ${host}'s _redirects holds: those old addresses get a page that sends readers on (no 301). For 301s serve them with nginx (docs/deploy/nginx.conf) or edge mode (docs/migrating-from-wordpress.md)`,
        )
      if (shortfall.queries > 0)
        console.warn(
          `  ! ${shortfall.queries.toLocaleString('en')} old address(es) with a query (/?p=123): ${host} cannot redirect by query; nginx, Netlify, Vercel, CloudFront and edge mode can (docs/migrating-from-wordpress.md)`,
        )
    },
  },
  {
    name: 'admin',
    run: (build) => {
      const { editions, admin, timeZone } = siteOf(build)
      writeAdmin(stagingOf(build), build.root, {
        editions,
        admin,
        timeZone,
        livePages: runningLivePages(documentsOf(build).articles),
      })
    },
  },
  {
    // After the host files and the admin: it marks every page and rewrites _headers and robots.txt.
    name: 'review copy',
    when: (build) => build.preview,
    run: (build) => {
      const marked = markPreview(stagingOf(build))
      console.log(
        `  review copy: ${marked.pages} pages marked noindex; ${marked.removed} sitemap and feed files left out`,
      )
    },
  },
  {
    // The export is complete: its size against the host's limits (`deploy:` in content/site.yml).
    name: 'host limits',
    run: (build) => {
      const site = siteOf(build)
      const size = measureExport(stagingOf(build))
      console.log(
        `  ${size.files.toLocaleString('en')} files; the largest is ${size.largest.file} (${kib(size.largest.bytes)})`,
      )
      for (const warning of hostLimitWarnings(size, site.deploy.host, site.deploy))
        console.warn(`  ! ${warning}`)
    },
  },
  {
    // A review copy is the export alone (drafts are recent: in the export's window).
    name: 'worker',
    log: 'Building the Worker that renders the archive (next build, OpenNext for Cloudflare)',
    when: (build) => isEdge(build) && !build.preview,
    run: async (build) => {
      const worker = await buildWorker(build.root, stagingOf(build), {
        ...process.env,
        NEWSROOM_BUILD_ID: workerId(build),
        NEWSROOM_CONTENT_CHECKED: '1',
        NEWSROOM_TYPES_CHECKED: '1',
      })
      if (!worker.ok) throw new BuildStopped(worker.reason)
      console.log(`  .open-next/worker.js; deploy with ${WORKER_CONFIG} (docs/edge-mode.md)`)
    },
  },
  {
    name: 'swap',
    run: (build) => {
      const release = publishRelease(build.root)
      if (build.preview) return
      const pages = releasedPages(build)
      writeReleaseState(build.root, {
        release,
        buildId: needs(build.buildId, 'the build ID'),
        code: siteBuildId(build.root),
        pages,
      })
      pruneRenderedCopies(build.root, pages)
      // A draft seen in a review copy has not been published at its address.
      if (
        savePublishedAddresses(
          build.root,
          needs(build.moved, 'the old addresses').publishedAddresses,
        )
      )
        console.log(`  ${PUBLISHED_ADDRESSES} updated: commit it with the content`)
      for (const file of writeDeployDocs(build.root, hostSite(build)))
        console.log(`  ${file} updated (the host files for nginx and CloudFront)`)
    },
  },
]

/** What the next build needs to know of every page of this release, to carry it. */
function releasedPages(build: Build): Record<string, PageState> {
  const { exported } = needs(build.records, 'the records')
  const shown = needs(build.shown, 'the pages read').files
  const keys = needs(build.finishKeys, 'the finished pages')
  const pages: Record<string, PageState> = {}
  for (const [address, page] of exported) {
    const files: Record<string, FileState> = {}
    for (const file of page.files) {
      const shows = shown.get(file)
      const finish = keys.get(file)
      // Not in this release (edge mode's archive pages are the Worker's): nothing to carry.
      if (!shows || finish === undefined) continue
      files[file] = { ...shows, finish }
    }
    if (Object.keys(files).length === page.files.length)
      pages[address] = { version: page.version, files }
  }
  return pages
}

function stop(reason: string, stage?: string): never {
  const where = stage ? ` (stage: ${stage})` : ''
  console.error(
    `\n✗ Build stopped: ${reason}${where}\nThe published site in ${OUT_DIR}/ was not changed.\n`,
  )
  process.exit(1)
}

async function main() {
  // One clock for every render worker: scheduled stories and the breaking strip agree.
  const buildTimeText = (process.env.NEWSROOM_BUILD_TIME ??= new Date().toISOString())
  const root = process.cwd()
  const started = Date.now()
  try {
    acquireBuildLock(root)
  } catch (error) {
    if (error instanceof BuildLockedError) stop(error.message)
    throw error
  }
  recoverOut(root)
  const preview = isPreviewBuild()
  if (preview) console.log('› Building a review copy: drafts shown, nothing indexed (preview)')
  const build: Build = { root, buildTimeText, buildTime: new Date(buildTimeText), preview }
  const { failed } = await runStages(stages, build, {
    timer: buildSteps,
    cleanUp: () => discardStaging(root),
  })
  if (failed) stop(failed.reason, failed.stage)
  const steps = buildSteps.report()
  mkdirSync(path.join(root, '.cache'), { recursive: true })
  writeFileSync(path.join(root, STEP_TIMES_FILE), `${JSON.stringify(steps, null, 2)}\n`)
  console.log(`\n✓ Site built into ${OUT_DIR}/ in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  console.log(`  steps: ${buildSteps.summary()}`)
}

await main()
