import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { REPO } from '../support/workspace'

/**
 * npm runs package.json scripts with cmd.exe on Windows: no `VAR=1 command`, no single quotes,
 * no globs or `$VARS` for the shell to expand, no Unix tools. Reporters on Windows laptops run
 * the same `npm run new`, `npm run check`, `npm start` and `npm test` as everyone else.
 */
const scripts = (
  JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>
  }
).scripts

/** Commands that come from node_modules or Node itself, on every system. */
const PORTABLE = new Set([
  'tsx',
  'node',
  'npm',
  'next',
  'eslint',
  'prettier',
  'playwright',
  'contentlayer2',
  'tsc',
  'cross-env',
  'patch-package',
])

describe('package.json scripts', () => {
  for (const [name, command] of Object.entries(scripts)) {
    it(`"${name}" runs the same under cmd.exe as under bash`, () => {
      assert.doesNotMatch(command, /'/, 'single quotes are not quotes to cmd.exe')
      assert.doesNotMatch(command, /[*?]/, 'cmd.exe expands no globs: list files in a script')
      assert.doesNotMatch(command, /\$|%[A-Z_]+%|`/, 'no variables or substitutions for a shell')
      assert.doesNotMatch(command, /[;|<>]|\\/, 'only && joins commands; no pipes or redirects')
      for (const step of command.split('&&').map((part) => part.trim())) {
        const [program = ''] = step.split(/\s+/)
        assert.doesNotMatch(step, /^[A-Z_]+=/, `"${step}": set variables with cross-env`)
        assert.ok(PORTABLE.has(program), `"${step}": ${program} is not a Node tool`)
      }
    })
  }
})
