/**
 * Builds of generated archives, measured per step: a cold build of a fresh workspace (no caches),
 * a republish (one story added, every cache kept) and a live update (one update filed to a
 * running live page), with the peak memory of the whole process tree and the files and bytes per
 * story in out/. Used by bench/bench.ts.
 */
import { spawn } from 'cross-spawn'
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { BENCH_BUILD_TIME, BENCH_LIVE_PAGE, generatedNewsroom } from './generate-archive'
import { STEP_TIMES_FILE } from '../build/step-timer'
import { REPO, type Workspace } from '../tests/support/workspace'
import { differingFiles, fileHashes } from '../tests/support/fixture-site'
import { markdownTable } from './stats'

export type MeasuredBuild = {
  seconds: number
  steps: { name: string; seconds: number }[]
  /** Highest sum of resident memory over the build's process tree, in bytes */
  peakTreeBytes: number
  /** Pages rendered by Next and pages in all, as the build printed them (build/carry.ts) */
  pages: { rendered: number; all: number }
}

/** "rendering 12 of 13,121 pages" or "rendering all 13,121 pages", from the build's output. */
export function renderedPages(output: string): { rendered: number; all: number } {
  const number = (text = '') => Number(text.replace(/,/g, ''))
  const some = /rendering ([\d,]+) of ([\d,]+) pages/.exec(output)
  if (some) return { rendered: number(some[1]), all: number(some[2]) }
  const all = number(/rendering all ([\d,]+) pages/.exec(output)?.[1])
  return { rendered: all, all }
}

/** Resident memory of `root` and all its descendants, from /proc (Linux). */
export function processTreeRss(root: number): number {
  const parents = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]))
    } catch {
      // gone meanwhile
    }
  }
  const inTree = (pid: number): boolean => {
    for (let current: number | undefined = pid; current; current = parents.get(current))
      if (current === root) return true
    return false
  }
  let total = 0
  for (const pid of parents.keys()) {
    if (!inTree(pid)) continue
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
      total += Number(rss?.[1] ?? 0) * 1024
    } catch {
      // gone meanwhile
    }
  }
  return total
}

/** Runs `npm run build`'s script in the workspace, sampling the process tree's memory. */
export function measuredBuild(workspace: Workspace): Promise<MeasuredBuild> {
  const started = performance.now()
  const child = spawn(
    process.execPath,
    [path.join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'build/build.ts'],
    {
      cwd: workspace.dir,
      env: { ...process.env, NEWSROOM_BUILD_TIME: BENCH_BUILD_TIME, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  let peak = 0
  const sampler = setInterval(() => (peak = Math.max(peak, processTreeRss(child.pid ?? 0))), 500)
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      clearInterval(sampler)
      if (code !== 0) return reject(new Error(`the build failed:\n${output}`))
      const steps = JSON.parse(readFileSync(path.join(workspace.dir, STEP_TIMES_FILE), 'utf8'))
      resolve({
        seconds: (performance.now() - started) / 1000,
        steps,
        peakTreeBytes: peak,
        pages: renderedPages(output),
      })
    })
  })
}

/** Files and bytes in out/, per story. */
export function outputPerStory(out: string, stories: number): { files: number; bytes: number } {
  let files = 0
  let bytes = 0
  for (const file of readdirSync(out, { recursive: true, encoding: 'utf8' })) {
    const stats = statSync(path.join(out, file))
    if (!stats.isFile()) continue
    files += 1
    bytes += stats.size
  }
  return { files: files / stories, bytes: bytes / stories }
}

export type ArchiveResult = {
  stories: number
  cold: MeasuredBuild
  republish: MeasuredBuild
  /** One update filed to a running live page after the republish */
  liveUpdate: MeasuredBuild
  pages: number
  perStory: { files: number; bytes: number }
  workspace: Workspace
  /** BENCH_VERIFY=1: the republish's out/ against a cold build of the same content */
  verified?: { files: number; differing: string[] }
}

const PUBLISHED = 'content/published-addresses.txt'

/**
 * The same content built cold in the same folder (every cache and the published release
 * removed; same NEWSROOM_BUILD_TIME and code, so the same build ID), every file of out/ compared
 * by sha256 with the incremental build's (decision 006). The list of published addresses is
 * content the build appends to: the cold build reads it as the incremental one did.
 */
async function comparedWithCold(
  workspace: Workspace,
  publishedBefore: string | undefined,
): Promise<{ files: number; differing: string[] }> {
  const incremental = fileHashes(workspace.out)
  if (publishedBefore === undefined) workspace.remove(PUBLISHED)
  else workspace.write(PUBLISHED, publishedBefore)
  for (const kept of ['.cache', '.contentlayer', '.out-releases', 'out', '.next'])
    rmSync(path.join(workspace.dir, kept), { recursive: true, force: true })
  await measuredBuild(workspace)
  return {
    files: incremental.size,
    differing: differingFiles(incremental, fileHashes(workspace.out)),
  }
}

/** Cold build of a fresh generated archive, then one story added and built again. */
export async function benchArchive(stories: number): Promise<ArchiveResult> {
  const workspace = generatedNewsroom(stories, `bench-${stories}`)
  const cold = await measuredBuild(workspace)
  workspace.write(
    'content/articles/republish/breaking-correction.md',
    '---\ntitle: A story added to the archive\nsummary: Published after the archive was built.\ndate: 2026-11-27T11:00:00+03:00\nsection: economy\n---\nOne new paragraph.\n',
  )
  const published = path.join(workspace.dir, PUBLISHED)
  const publishedBefore = existsSync(published) ? workspace.read(PUBLISHED) : undefined
  const republish = await measuredBuild(workspace)
  workspace.write(
    `${BENCH_LIVE_PAGE}/updates/2026-11-27-1430.md`,
    '---\ntime: 2026-11-27T14:30:00+03:00\n---\nThe newest update, filed after the archive was built.\n',
  )
  const liveUpdate = await measuredBuild(workspace)
  const pages = readdirSync(workspace.out, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.html'),
  ).length
  const perStory = outputPerStory(workspace.out, stories)
  const verified =
    process.env.BENCH_VERIFY === '1'
      ? await comparedWithCold(workspace, publishedBefore)
      : undefined
  return {
    stories,
    cold,
    republish,
    liveUpdate,
    pages,
    perStory,
    workspace,
    ...(verified ? { verified } : {}),
  }
}

/**
 * One markdown table: each step's seconds per archive size (cold, republish, live update), and
 * the cold builds' ratio.
 */
export function archiveTable(results: readonly ArchiveResult[]): string {
  const builds = (result: ArchiveResult) => [result.cold, result.republish, result.liveUpdate]
  const header = [
    'step',
    ...results.flatMap((result) => [
      `${result.stories} cold`,
      `${result.stories} republish`,
      `${result.stories} live update`,
    ]),
    ...(results.length > 1 ? ['cold ratio (last / previous)'] : []),
  ]
  const seconds = (build: MeasuredBuild, step: string) =>
    build.steps.find((entry) => entry.name === step)?.seconds ?? 0
  // The build's stages in the order it ran them (build/build.ts), those of every build here.
  const stepOrder = [
    ...new Set(
      results.flatMap((r) => builds(r).flatMap((build) => build.steps.map((s) => s.name))),
    ),
  ]
  const rows = stepOrder.map((step) => {
    const last = results.at(-1)
    const previous = results.at(-2)
    const ratio =
      last && previous && seconds(previous.cold, step) > 0.05
        ? `${(seconds(last.cold, step) / seconds(previous.cold, step)).toFixed(2)}×`
        : '–'
    return [
      step,
      ...results.flatMap((result) =>
        builds(result).map((build) => seconds(build, step).toFixed(1)),
      ),
      ...(results.length > 1 ? [ratio] : []),
    ]
  })
  const gib = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`
  const totals = [
    ['total (s)', ...results.flatMap((r) => builds(r).map((build) => build.seconds.toFixed(1)))],
    ['pages/s (cold)', ...results.flatMap((r) => [(r.pages / r.cold.seconds).toFixed(1), '', ''])],
    [
      'pages rendered (of all)',
      ...results.flatMap((r) =>
        builds(r).map(
          ({ pages }) =>
            `${pages.rendered.toLocaleString('en')} of ${pages.all.toLocaleString('en')}`,
        ),
      ),
    ],
    [
      'peak memory, process tree',
      ...results.flatMap((r) => builds(r).map((build) => gib(build.peakTreeBytes))),
    ],
    ['files per story in out/', ...results.flatMap((r) => [r.perStory.files.toFixed(1), '', ''])],
    [
      'KB per story in out/',
      ...results.flatMap((r) => [(r.perStory.bytes / 1000).toFixed(0), '', '']),
    ],
  ].map((row) => [...row, ...(results.length > 1 ? [''] : [])])
  return markdownTable(header, [...rows, ...totals])
}
