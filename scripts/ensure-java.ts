/**
 * Finds a Java runtime for the Nu Html Checker (vnu-jar), installing Debian's when the machine
 * has none and we are root; otherwise says how to get one.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const hasJava = () => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0

if (!hasJava()) {
  console.log('No Java runtime found for the HTML validity checks; installing one.')
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    spawnSync('apt-get', ['update'], { stdio: 'inherit', env })
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'default-jre-headless'], {
      stdio: 'inherit',
      env,
    })
  }
  if (!hasJava()) {
    console.error(
      'Could not find or install Java. Install a JRE (Debian: apt-get install default-jre-headless).',
    )
    process.exit(1)
  }
}
console.log('HTML validity checks will use the java on PATH')
