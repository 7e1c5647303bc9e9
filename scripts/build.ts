/**
 * Builds the whole site into out/:
 *   1. every content file is looked at before anything parses it (scan-content.ts), then
 *      Contentlayer reads and type-checks it, then lib/content-rules.ts checks dates,
 *      references, slugs and images (check-content.ts);
 *   2. the images published stories use are copied from content/ into public/media/;
 *   3. the code's types are checked (type-check.ts: skipped when this code passed before), then
 *      `next build` renders every page into a staging folder;
 *   4. share cards and logos are drawn (or taken from the cache) into the export;
 *   5. Pagefind indexes the articles for search;
 *   6. the faces are cut to the characters the pages show (fonts.ts);
 *   7. every page the site rendered is finished: reading pages lose the framework's runtime and
 *      gain Speculation Rules (lib/page-html.ts), the navigation payloads go, each page gets its
 *      Content Security Policy, and the host its headers file;
 *   8. out is pointed at the finished export in one atomic rename (release.ts).
 * `npm run build:preview` builds a review copy instead: drafts shown, nothing indexed, no feeds
 * or sitemaps, no published address recorded (preview-site.ts).
 * Any failure stops the build with the file and field at fault and leaves out/ as it was.
 * One build runs in a folder at a time (release.ts).
 *
 *   npm run build
 *   npm run build:preview
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { runContentChecks } from './check-content'
import { isPreviewBuild, markPreview } from './preview-site'
import { publishContentMedia } from './content-media'
import { inputsBuildId, workerBuildId } from './build-id'
import { finishPages } from './csp'
import { scanExportedPages } from './exported-pages'
import { publishFonts } from './fonts'
import { makeImageVariants } from './image-variants'
import { writeAdmin } from './admin'
import { PUBLISHED_ADDRESSES, savePublishedAddresses, writeRedirects } from './redirects'
import { measureExport, writeDeployDocs, writeHostFiles } from './host-files'
import { hostLimitWarnings } from '../lib/host-files'
import { editionUrl } from '../lib/routes'
import {
  acquireBuildLock,
  BuildLockedError,
  discardStaging,
  OUT_DIR,
  prepareStaging,
  publishRelease,
  recoverOut,
} from './release'
import { writeSearchIndex } from './search-index'
import { writeShareImages } from './share-images'
import { packSearchFragments, writeArchiveData } from './archive-data'
import { buildWorker, WORKER_CONFIG } from './build-worker'
import { PAGE_ASSETS_FILE, pageAssetsJson } from '../lib/edge-pages'
import { bin, run } from './run'
import { buildSteps, STEP_TIMES_FILE } from './step-timer'
import { checkTypes } from './type-check'

const root = process.cwd()

function fail(message: string): never {
  console.error(
    `\n✗ Build stopped: ${message}\nThe published site in ${OUT_DIR}/ was not changed.\n`,
  )
  process.exit(1)
}

/** Runs a post-export step; on failure the half-finished staging folder goes and the build stops. */
async function orDiscardStaging<T>(what: string, step: () => Promise<T> | T): Promise<T> {
  try {
    return await step()
  } catch (error) {
    discardStaging(root)
    fail(`${what}: ${(error as Error).message}`)
  }
}

async function main() {
  // One clock for every render worker: scheduled stories and the breaking strip agree.
  process.env.NEWSROOM_BUILD_TIME ??= new Date().toISOString()
  const buildTime = new Date(process.env.NEWSROOM_BUILD_TIME)
  const started = Date.now()
  try {
    acquireBuildLock(root)
  } catch (error) {
    if (error instanceof BuildLockedError) fail(error.message)
    throw error
  }
  recoverOut(root)

  // A review copy shows drafts and scheduled stories, and so publishes their pictures.
  const preview = isPreviewBuild()
  if (preview) console.log('› Building a review copy: drafts shown, nothing indexed (preview)')
  const checked = await runContentChecks(root, { buildTime, includeUnpublished: preview })
  if (!checked.ok) fail(checked.reason)
  buildSteps.start('media')
  publishContentMedia(root, checked.media)
  if (checked.media.length > 0)
    console.log(`  published ${checked.media.length} image(s) kept beside content files`)
  for (const image of checked.unusedImages)
    console.log(`  · not published: ${image} (no published story uses it)`)

  // Read only now: a broken content/site.yml was reported, with its field, by the content check.
  const { site } = await import('../lib/site')
  const edge = site.archive.mode === 'edge'

  buildSteps.start('type check')
  console.log('› Checking types (tsc)')
  const types = await checkTypes(root)
  if (!types.ok) fail('the code does not type-check (see above).')
  if (types.skipped) console.log('  code unchanged since a build that checked it')

  console.log('› Rendering pages (next build)')
  const staging = prepareStaging(root)
  buildSteps.start('compile')
  const buildId =
    process.env.NEWSROOM_BUILD_ID ?? inputsBuildId(root, process.env.NEWSROOM_BUILD_TIME)
  const next = await run(bin('next'), ['build'], {
    cwd: root,
    // Next's own progress lines mark where compiling ends and rendering starts.
    transform: (line) => {
      if (/Collecting page data/.test(line)) buildSteps.start('render')
      else if (/Generating static pages .* in /.test(line)) buildSteps.start('finalize')
      return line
    },
    env: {
      ...process.env,
      NEWSROOM_EXPORT_DIR: path.relative(root, staging),
      // Set it by hand only to compare two versions of the code: same content, same ID, same files.
      NEWSROOM_BUILD_ID: buildId,
      NEXT_TELEMETRY_DISABLED: '1',
      // The rules above passed: render workers need not check the whole archive again.
      NEWSROOM_CONTENT_CHECKED: '1',
      // …and the types were checked above (or by an earlier build of the same code).
      NEWSROOM_TYPES_CHECKED: '1',
    },
  })
  if (next.code !== 0) {
    discardStaging(root)
    fail('next build failed (see above).')
  }

  buildSteps.start('cards')
  console.log('› Drawing share cards and logos (sharp)')
  const images = await orDiscardStaging('the share cards could not be drawn', () =>
    writeShareImages(staging, root),
  )
  console.log(`  ${images} images written`)

  // Edge mode: the export holds the hot window; the Worker renders the rest from these records.
  const workerId = process.env.NEWSROOM_BUILD_ID ?? workerBuildId(root)
  const archive = edge
    ? await orDiscardStaging('the archive records could not be written', () => {
        buildSteps.start('archive records')
        console.log(`› Writing the archive's records for the Worker (edge mode)`)
        const written = writeArchiveData(staging, root, {
          buildTime,
          timeZone: site.timeZone,
          editions: site.editions,
          worker: workerId,
        })
        console.log(
          `  ${written.records.toLocaleString('en')} pages in ${written.shards} shards, ${(written.bytes / 1024 / 1024).toFixed(1)} MiB`,
        )
        return written
      })
    : undefined

  buildSteps.start('search index')
  console.log('› Indexing articles for search (Pagefind)')
  const counts = await orDiscardStaging('the search index could not be written', () =>
    writeSearchIndex(staging, archive?.searchDocuments),
  )
  const summary = Object.entries(counts).map(([lang, pages]) => `${pages} (${lang})`)
  console.log(`  articles indexed: ${summary.join(', ')}`)
  if (edge) {
    const packed = await orDiscardStaging('the search index could not be packed', () =>
      packSearchFragments(staging),
    )
    console.log(
      `  ${packed.fragments} result fragments packed into ${packed.shards} shards for the Worker`,
    )
  }

  buildSteps.start('fonts')
  const shown = scanExportedPages(staging)
  // The Worker's pages use the same faces and pictures as the exported ones.
  for (const character of archive?.characters ?? []) shown.characters.add(character)
  shown.pictures = [...new Set([...shown.pictures, ...(archive?.pictures ?? [])])].sort()
  console.log('› Cutting the faces to the characters the pages show (subset-font)')
  const fonts = await orDiscardStaging('the fonts could not be subset', () =>
    publishFonts(staging, root, shown.characters),
  )
  console.log(`  ${fonts.faces.length} face files, ${(fonts.bytes / 1024).toFixed(1)} KiB in all`)

  buildSteps.start('images')
  console.log(
    `› Sizing pictures for every screen (${site.images.service === 'build' ? 'sharp, WebP' : `${site.images.service}'s image service`})`,
  )
  const pictures = await orDiscardStaging('the pictures could not be sized', () =>
    makeImageVariants(staging, root, site.images.service, shown.pictures),
  )
  console.log(
    `  ${pictures.pictures} pictures; ${pictures.files} WebP copies, ${(pictures.bytes / 1024).toFixed(1)} KiB`,
  )

  buildSteps.start('finish pages')
  console.log(
    '› Finishing pages (framework runtime off reading pages, Content Security Policy, host headers)',
  )
  const pageAssets = { faces: fonts.faces, pictures: pictures.options }
  const finished = await orDiscardStaging('the pages could not be finished', () => {
    const pages = finishPages(staging, path.join(root, 'public'), pageAssets)
    // The Worker finishes its pages with the same faces and pictures.
    if (edge)
      writeFileSync(
        path.join(staging, ...PAGE_ASSETS_FILE.split('/')),
        JSON.stringify(pageAssetsJson(pageAssets)),
      )
    return pages
  })
  const moved = await orDiscardStaging('the redirects could not be written', () =>
    writeRedirects(staging, root, {
      buildTime,
      editions: site.editions.map((edition) => edition.code),
      baseUrl: site.baseUrl,
    }),
  )
  const hostSite = {
    defaultEditionPath: editionUrl(site.defaultEdition),
    moved: moved.redirects,
  }
  await orDiscardStaging('the host files could not be written', () =>
    writeHostFiles(staging, hostSite),
  )
  await orDiscardStaging('the admin could not be written', () =>
    writeAdmin(staging, root, {
      editions: site.editions,
      admin: site.admin,
      timeZone: site.timeZone,
    }),
  )
  if (preview) {
    const marked = await orDiscardStaging('the review copy could not be marked', () =>
      markPreview(staging),
    )
    console.log(
      `  review copy: ${marked.pages} pages marked noindex; ${marked.removed} sitemap and feed files left out`,
    )
  }
  const size = measureExport(staging)
  console.log(
    `  ${size.files.toLocaleString('en')} files; the largest is ${size.largest.file} (${(size.largest.bytes / 1024).toFixed(1)} KiB)`,
  )
  for (const warning of hostLimitWarnings(size, site.deploy.host, site.deploy))
    console.warn(`  ! ${warning}`)
  if (moved.redirects.length > 0)
    console.log(`  ${moved.redirects.length} old address(es) lead to where their story is now`)
  console.log(
    `  ${finished.pages} pages carry a script policy; ${finished.withScripts} keep the framework's runtime (search)`,
  )

  // A review copy is the export alone (drafts are recent: in the export's window).
  if (edge && !preview) {
    buildSteps.start('worker')
    console.log(
      '› Building the Worker that renders the archive (next build, OpenNext for Cloudflare)',
    )
    const worker = await buildWorker(root, staging, {
      ...process.env,
      NEWSROOM_BUILD_ID: workerId,
      NEWSROOM_CONTENT_CHECKED: '1',
      NEWSROOM_TYPES_CHECKED: '1',
    })
    if (!worker.ok) {
      discardStaging(root)
      fail(worker.reason)
    }
    console.log(`  .open-next/worker.js; deploy with ${WORKER_CONFIG} (README: "A bigger archive")`)
  }

  buildSteps.start('swap')
  publishRelease(root)
  // A draft seen in a review copy has not been published at its address.
  if (!preview && savePublishedAddresses(root, moved.publishedAddresses))
    console.log(`  ${PUBLISHED_ADDRESSES} updated: commit it with the content`)
  for (const file of preview ? [] : writeDeployDocs(root, hostSite))
    console.log(`  ${file} updated (the host files for nginx and CloudFront)`)
  const steps = buildSteps.report()
  mkdirSync(path.join(root, '.cache'), { recursive: true })
  writeFileSync(path.join(root, STEP_TIMES_FILE), `${JSON.stringify(steps, null, 2)}\n`)
  console.log(`\n✓ Site built into ${OUT_DIR}/ in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  console.log(`  steps: ${buildSteps.summary()}`)
}

await main()
