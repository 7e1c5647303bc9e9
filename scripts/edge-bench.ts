/**
 * Edge mode at scale: a generated archive (scripts/generate-archive.ts) built with
 * `archive: edge`, then served on workerd (`npm run preview:edge`, wrangler dev) and timed.
 *
 *   npm run bench:edge                  100,000 stories, the last 30 days exported
 *   npm run bench:edge -- 10000         another size
 *
 * Reports the build (time, peak memory of the process tree, steps), what a deploy uploads (files
 * and bytes of out/, the largest file), the Worker's size as wrangler bundles it (a dry run), and
 * on workerd the time to the last byte of 50 archive stories on their first request (rendered by
 * Next in the Worker) and again (from the R2 cache), beside 50 requests of an exported story:
 * medians, and ratios against the exported story. Writes .cache/edge-bench.json.
 */
import { spawn } from 'cross-spawn'
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { measuredBuild } from './archive-bench'
import { WORKER_CONFIG } from './build-worker'
import { edgeNode } from './edge-node'
import { generatedNewsroom } from './generate-archive'
import { waitForServer } from './run'
import { REPO } from './workspace'

const stories = Number(process.argv[2] ?? 100_000)
const PREVIEW_PORT = 8799
const SAMPLES = 50

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

function exportSize(out: string) {
  let files = 0
  let bytes = 0
  let largest = { file: '', bytes: 0 }
  for (const file of readdirSync(out, { recursive: true, encoding: 'utf8' })) {
    const stats = statSync(path.join(out, file))
    if (!stats.isFile()) continue
    files += 1
    bytes += stats.size
    if (stats.size > largest.bytes) largest = { file, bytes: stats.size }
  }
  return { files, bytes, largest }
}

/** The Worker as wrangler would upload it: a dry-run bundle, each module gzipped. */
function workerSize(dir: string): Promise<{ bytes: number; gzip: number }> {
  const bundle = path.join(dir, '.cache', 'worker-bundle')
  rmSync(bundle, { recursive: true, force: true })
  const node = edgeNode(REPO)
  return new Promise((resolve, reject) => {
    const child = spawn(
      node,
      [
        path.join(dir, 'node_modules', 'wrangler', 'bin', 'wrangler.js'),
        'deploy',
        '--dry-run',
        '--config',
        WORKER_CONFIG,
        '--outdir',
        bundle,
      ],
      { cwd: dir, stdio: 'inherit', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } },
    )
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`wrangler deploy --dry-run exited with ${code}`))
      let bytes = 0
      let gzip = 0
      for (const file of readdirSync(bundle, { recursive: true, encoding: 'utf8' })) {
        const full = path.join(bundle, file)
        if (!statSync(full).isFile() || file.endsWith('.map') || file.endsWith('README.md'))
          continue
        const data = readFileSync(full)
        bytes += data.length
        gzip += gzipSync(data, { level: 9 }).length
      }
      resolve({ bytes, gzip })
    })
  })
}

async function timed(url: string): Promise<{ ms: number; status: number; cache: string }> {
  const started = performance.now()
  const response = await fetch(url)
  await response.arrayBuffer()
  return {
    ms: performance.now() - started,
    status: response.status,
    cache:
      response.headers.get('x-opennext-cache') ?? response.headers.get('x-nextjs-cache') ?? 'file',
  }
}

async function main() {
  // The records of 100,000 stories are held in memory while they are written.
  process.env.NODE_OPTIONS ??= '--max-old-space-size=16384'
  console.log(`› Generating ${stories.toLocaleString('en')} stories`)
  const workspace = generatedNewsroom(stories, `bench-edge-${stories}`)
  workspace.write(
    'content/site.yml',
    `${workspace.read('content/site.yml')}\narchive:\n  mode: edge\n  prerenderDays: 30\n`,
  )
  console.log('› Building in edge mode')
  const build = await measuredBuild(workspace)
  const size = exportSize(workspace.out)
  const records = readdirSync(path.join(workspace.out, 'archive-data')).length
  console.log('› Bundling the Worker as a deploy would (wrangler deploy --dry-run)')
  const worker = await workerSize(workspace.dir)

  console.log(`› Serving it on workerd (port ${PREVIEW_PORT})`)
  rmSync(path.join(workspace.dir, '.wrangler'), { recursive: true, force: true })
  const server = spawn(
    process.execPath,
    [path.join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/preview-edge.ts'],
    {
      cwd: workspace.dir,
      stdio: 'ignore',
      env: { ...process.env, PORT: String(PREVIEW_PORT), NEWSROOM_EDGE_NODE: edgeNode(REPO) },
    },
  )
  const base = `http://127.0.0.1:${PREVIEW_PORT}`
  try {
    await waitForServer(`${base}/en/`, 300)
    // Stories spread over the archive (the newest 30 days are exported; these are older).
    const sections = readdirSync(path.join(workspace.dir, 'content', 'sections')).map((file) =>
      file.replace(/\.md$/, ''),
    )
    const archive = Array.from({ length: SAMPLES }, (_, sample) => {
      // English stories only (index % 3 === 0), from about a year back (every fifth hour) to the
      // oldest.
      const start = Math.min(2000, Math.floor(stories / 2))
      const index = 3 * Math.floor((start + (sample * (stories - start)) / SAMPLES) / 3)
      return `${base}/en/${sections[index % sections.length]}/generated-story-${index}/`
    })
    const exported = `${base}/en/${sections[0]}/generated-story-0/`
    await timed(exported)
    const first = []
    for (const url of archive) first.push(await timed(url))
    const cached = []
    for (const url of archive) cached.push(await timed(url))
    const file = []
    for (let sample = 0; sample < SAMPLES; sample += 1) file.push(await timed(exported))
    const bad = [...first, ...cached, ...file].filter(({ status }) => status !== 200)
    if (bad.length > 0) throw new Error(`${bad.length} requests did not answer 200`)
    const result = {
      stories,
      build: {
        seconds: build.seconds,
        peakTreeGiB: build.peakTreeBytes / 2 ** 30,
        steps: build.steps,
      },
      upload: {
        files: size.files,
        MiB: size.bytes / 2 ** 20,
        largest: size.largest,
        recordShards: records - 2,
      },
      worker: { KiB: worker.bytes / 1024, gzipKiB: worker.gzip / 1024 },
      latencyMs: {
        firstRequest: median(first.map(({ ms }) => ms)),
        cached: median(cached.map(({ ms }) => ms)),
        exportedFile: median(file.map(({ ms }) => ms)),
      },
      caches: {
        first: [...new Set(first.map(({ cache }) => cache))],
        cached: [...new Set(cached.map(({ cache }) => cache))],
      },
    }
    mkdirSync(path.join(REPO, '.cache'), { recursive: true })
    writeFileSync(
      path.join(REPO, '.cache', 'edge-bench.json'),
      `${JSON.stringify(result, null, 2)}\n`,
    )
    const { latencyMs: l } = result
    console.log(`
| ${stories.toLocaleString('en')} stories, edge mode (last 30 days exported) | |
| --- | --- |
| build | ${build.seconds.toFixed(0)} s, peak ${result.build.peakTreeGiB.toFixed(2)} GiB (process tree) |
| steps | ${build.steps.map(({ name, seconds }) => `${name} ${seconds.toFixed(1)}`).join(' · ')} |
| upload (out/) | ${size.files.toLocaleString('en')} files, ${result.upload.MiB.toFixed(0)} MiB; ${result.upload.recordShards} record shards; largest ${size.largest.file} ${(size.largest.bytes / 1024).toFixed(0)} KiB |
| Worker | ${result.worker.KiB.toFixed(0)} KiB, ${result.worker.gzipKiB.toFixed(0)} KiB gzip |
| archive story, first request (rendered) | ${l.firstRequest.toFixed(1)} ms median (${(l.firstRequest / l.exportedFile).toFixed(1)}× the exported file) |
| archive story, again (R2 cache) | ${l.cached.toFixed(1)} ms median (${(l.cached / l.exportedFile).toFixed(1)}×) |
| exported story (static asset) | ${l.exportedFile.toFixed(1)} ms median |
`)
  } finally {
    server.kill('SIGTERM')
  }
}

await main()
