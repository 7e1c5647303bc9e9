/**
 * A real nginx over an export, with the server block the build wrote (docs/deploy/nginx.conf):
 * what the nginx tests ask. Workers run as this user, who can read the workspace (a root-run
 * nginx would drop to nobody, who cannot read a private temporary folder).
 */
import assert from 'node:assert/strict'
import { sync as spawnSync } from 'cross-spawn'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { tempFolder } from './temp-folder'

export type RunningNginx = { origin: string; stop: () => void }

export function startNginx(workspaceDir: string, out: string, port: number): RunningNginx {
  const folder = tempFolder('nginx')
  mkdirSync(path.join(folder, 'logs'), { recursive: true })
  const nginx = (...args: string[]) =>
    spawnSync('nginx', ['-p', folder, '-c', path.join(folder, 'nginx.conf'), ...args], {
      encoding: 'utf8',
    })
  const server = readFileSync(path.join(workspaceDir, 'docs', 'deploy', 'nginx.conf'), 'utf8')
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace(/root [^;]+;/, `root ${out};`)
  writeFileSync(
    path.join(folder, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}pid ${folder}/nginx.pid;\nerror_log ${folder}/logs/error.log;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  access_log off;\n${server}\n}\n`,
  )
  const test = nginx('-t')
  assert.equal(test.status, 0, test.stderr)
  const start = nginx()
  assert.equal(start.status, 0, start.stderr)
  return { origin: `http://127.0.0.1:${port}`, stop: () => void nginx('-s', 'stop') }
}
