/**
 * `npm run build` reads content itself (build/content/documents-from-files.ts); the editors'
 * preview reads Contentlayer's output. The two must be the same documents, or a story would read
 * one way in the preview and another on the site: both are made here of the sample newsroom and
 * of the fixture (CRLF line ends, a byte-order mark, Arabic file names, defaults, nested fields,
 * numbers written bare) and compared field by field.
 */
import assert from 'node:assert/strict'
import { sync as spawnSync } from 'cross-spawn'
import path from 'node:path'
import { describe, it } from 'node:test'
import { documentsFromFiles } from '../../build/content/documents-from-files'
import { scanContent } from '../../build/content/scan-content'
import { readGeneratedDocuments } from '../../lib/content/generated'
import type { NewsroomDocuments } from '../../lib/content/documents'
import { createWorkspace, REPO } from '../support/workspace'

const KINDS = ['articles', 'sections', 'authors', 'pages'] as const

/** Contentlayer's bookkeeping (`_id`, `_raw`, `type`, at every depth) and body text the build never reads. */
function withoutBookkeeping(documents: NewsroomDocuments): unknown {
  const bookkeeping = new Set(['_id', '_raw', 'type'])
  return Object.fromEntries(
    KINDS.map((kind) => [
      kind,
      [...documents[kind]]
        .map((document) => {
          const { body, ...fields } = document as {
            body: { raw?: string; html?: string }
            live?: { updates: { body: { html: string } }[] }
          }
          const kept = kind === 'sections' ? { raw: body.raw } : { html: body.html }
          // A live page's updates: their HTML, as a story's.
          const live = fields.live && {
            ...fields.live,
            updates: fields.live.updates.map((update) => ({ ...update, body: { html: update.body.html } })),
          }
          return { ...fields, ...(live ? { live } : {}), body: kept }
        })
        .map((document) =>
          JSON.parse(JSON.stringify(document, (key, value: unknown) => (bookkeeping.has(key) ? undefined : value))),
        )
        .sort((a: { sourceFile: string }, b: { sourceFile: string }) =>
          a.sourceFile.localeCompare(b.sourceFile),
        ),
    ]),
  )
}

describe('the documents the build reads from the files', () => {
  for (const [name, content] of [
    ['sample', path.join(REPO, 'content')],
    ['fixture', path.join(REPO, 'tests', 'fixtures', 'sites', 'newsroom', 'content')],
  ] as const) {
    it(`are Contentlayer's documents of the same files (${name})`, async () => {
      const workspace = createWorkspace(`documents-${name}`, content)
      const contentlayer = spawnSync(
        path.join(REPO, 'node_modules', '.bin', 'contentlayer2'),
        ['build'],
        { cwd: workspace.dir, env: { ...process.env, PWD: workspace.dir }, encoding: 'utf8' },
      )
      assert.equal(contentlayer.status, 0, contentlayer.stderr)
      const scan = scanContent(workspace.dir)
      const read = await documentsFromFiles(scan.readable, scan.markdown)
      const generated = readGeneratedDocuments(workspace.dir)
      assert.ok(read.documents.articles.length >= 10, 'the content has stories')
      assert.deepEqual(withoutBookkeeping(read.documents), withoutBookkeeping(generated))
    })
  }
})
