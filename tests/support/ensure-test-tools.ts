/**
 * Finds the programs the content tests call, installing Debian's packages when the machine has
 * none and we are root; otherwise says how to get them:
 *   java     the Nu Html Checker (vnu-jar)          default-jre-headless
 *   xmllint  sitemap schema validation              libxml2-utils
 *   nginx    the generated nginx server block, served   nginx
 */
import { sync as spawnSync } from 'cross-spawn'
import { existsSync } from 'node:fs'

type Tool = { command: string; args: string[]; purpose: string; debianPackage: string }

const TOOLS: Tool[] = [
  {
    command: 'java',
    args: ['-version'],
    purpose: 'the HTML validity checks',
    debianPackage: 'default-jre-headless',
  },
  {
    command: 'xmllint',
    args: ['--version'],
    purpose: 'the sitemap schema checks',
    debianPackage: 'libxml2-utils',
  },
  {
    command: 'nginx',
    args: ['-v'],
    purpose: 'the nginx host test',
    debianPackage: 'nginx',
  },
]

const found = (tool: Tool) => spawnSync(tool.command, tool.args, { stdio: 'ignore' }).status === 0

const missing = TOOLS.filter((tool) => !found(tool))
if (missing.length > 0) {
  console.log(`Installing ${missing.map((tool) => tool.debianPackage).join(', ')} for the tests.`)
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    spawnSync('apt-get', ['update'], { stdio: 'inherit', env })
    spawnSync(
      'apt-get',
      ['install', '-y', '--no-install-recommends', ...missing.map((tool) => tool.debianPackage)],
      { stdio: 'inherit', env },
    )
  }
}
const stillMissing = TOOLS.filter((tool) => !found(tool))
for (const tool of stillMissing) {
  console.error(
    `Could not find or install ${tool.command} for ${tool.purpose}. Install it (Debian: apt-get install ${tool.debianPackage}).`,
  )
}
if (stillMissing.length > 0) process.exit(1)
console.log(`Content tests will use ${TOOLS.map((tool) => tool.command).join(' and ')} from PATH`)
