/**
 * Every page template of both editions is valid HTML according to the Nu Html Checker (vnu-jar,
 * the W3C validator's engine), apart from the commented patterns in vnu-filter.txt.
 */
import assert from 'node:assert/strict'
import { sync as spawnSync } from 'cross-spawn'
import path from 'node:path'
import { before, describe, it } from 'node:test'
import { REPO } from '../support/workspace'
import { buildNewsroom } from '../support/fixture-site'

/** One page of each template, in both editions. */
const TEMPLATES = [
  'index.html',
  '404.html',
  'en/index.html',
  'en/iraq/index.html',
  'en/economy/page/1/index.html',
  'en/tags/oil-prices/page/1/index.html',
  'en/local-news/lead-story/index.html',
  'en/opinion/opinion-piece/index.html',
  'en/culture/xss-corpus/index.html',
  'en/tags/oil-prices/index.html',
  'en/authors/ada-reporter/index.html',
  'en/pages/about/index.html',
  'en/search/index.html',
  'ar/index.html',
  'ar/search/index.html',
  'ar/local-news/index.html',
  'ar/local-news/جسر-النهر/index.html',
  'ar/tags/الموصل/index.html',
  'ar/authors/ada-reporter/index.html',
  'ar/pages/about/index.html',
]

describe('HTML validity', () => {
  let out: string
  before(() => {
    out = buildNewsroom({ reuse: true }).out
  })

  it('has no errors in any template, in either edition', () => {
    const result = spawnSync(
      'java',
      [
        '-jar',
        path.join(REPO, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar'),
        '--errors-only',
        '--format',
        'json',
        '--filterfile',
        path.join(import.meta.dirname, 'vnu-filter.txt'),
        ...TEMPLATES.map((page) => path.join(out, page)),
      ],
      { encoding: 'utf8' },
    )
    assert.ok(result.status !== null, `the checker did not run: ${result.error?.message ?? result.stderr}`)
    const report = JSON.parse(result.stderr || '{"messages":[]}') as {
      messages: { type: string; url?: string; message: string; extract?: string }[]
    }
    const errors = report.messages
      .filter((message) => message.type === 'error' || message.type === 'non-document-error')
      .map((message) => `${decodeURIComponent((message.url ?? '').replace(/^.*\/out\//, ''))}: ${message.message} ${message.extract ?? ''}`)
    assert.deepEqual(errors, [])
  })
})
