import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  checkCharacters,
  checkFrontMatterYaml,
  checkMarkdownLimits,
  CONTENT_LIMITS,
  decodeContentText,
  markdownNesting,
  splitFrontMatter,
} from '../../lib/content/text'
import { checkMarkdownFile } from '../../build/content/scan-content'

const messages = (file: string, text: string | Buffer) =>
  checkMarkdownFile(file, typeof text === 'string' ? Buffer.from(text) : text).map(
    (problem) => `${problem.severity ?? 'error'}: ${problem.field}: ${problem.message}`,
  )

describe('the first look at a content file', () => {
  it('reads CRLF and a byte-order mark exactly like LF', () => {
    const lf =
      '---\ntitle: A headline\nsummary: What happened.\ndate: 2026-11-27T09:30:00+03:00\nsection: local-news\n---\nBody.\n'
    const crlf = `\uFEFF${lf.replace(/\n/g, '\r\n')}`
    const decoded = decodeContentText(Buffer.from(crlf))
    assert.deepEqual(decoded, { ok: true, text: lf })
    assert.deepEqual(messages('content/articles/windows.md', crlf), [])
  })

  it('refuses text that is not UTF-8 and says on which line', () => {
    const latin1 = Buffer.from('---\ntitle: Caf\xe9 opens\n---\n', 'latin1')
    assert.deepEqual(messages('content/articles/latin1.md', latin1), [
      'error: : is not UTF-8 text (byte 0xE9 on line 2): save it with the encoding "UTF-8"',
    ])
  })

  it('accepts only YAML front matter opened by a line of exactly ---', () => {
    for (const opening of ['---js', '---javascript', '--- coffee', '---json', '---yaml']) {
      const [problem] = messages('content/articles/code.md', `${opening}\n{ title: 'x' }\n---\n`)
      assert.match(problem ?? '', /front matter: the first line must be exactly "---"/, opening)
    }
    assert.match(
      messages('content/articles/code.md', '---js\n{}\n---\n')[0] ?? '',
      /refused, because other languages run code/,
    )
    assert.match(
      messages('content/articles/none.md', 'Just text.\n')[0] ?? '',
      /must be exactly "---"/,
    )
    assert.match(messages('content/articles/open.md', '---\ntitle: x\n')[0] ?? '', /never closed/)
  })

  it('refuses YAML tags, anchors and aliases', () => {
    assert.deepEqual(
      checkFrontMatterYaml('title: !!js/function "function () { return 1 }"\n').map(
        (p) => p.message,
      ),
      ['uses the YAML tag !!js/function: front matter is plain text, lists and fields only'],
    )
    const bomb = 'a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n'
    const found = checkFrontMatterYaml(bomb).map((p) => p.message)
    assert.ok(found.some((message) => message.startsWith('uses a YAML anchor (&a)')))
    assert.ok(found.some((message) => message.startsWith('uses a YAML alias (*a)')))
    assert.deepEqual(
      checkFrontMatterYaml('title: "Plain"\ntags: [a, b]\ncount: 3\ndraft: false\n'),
      [],
    )
  })

  it('gives a YAML syntax error its line and column in the file', () => {
    const at = (text: string) =>
      checkMarkdownFile('content/articles/x.md', Buffer.from(text)).map(
        ({ line, column, field, message }) => `${line}:${column}: ${field}: ${message}`,
      )
    // An unclosed quote is noticed where the text ends, and reported where the quote opened.
    assert.deepEqual(at('---\ntitle: A headline\ndateline: "Basra\nsection: iraq\n---\nBody.\n'), [
      '3:11: front matter: is not valid YAML: Missing closing "quote',
    ])
    assert.deepEqual(at("---\ntags:\n  - 'open\ntitle: x\n---\n"), [
      "3:5: front matter: is not valid YAML: Missing closing 'quote",
    ])
    // Other errors are where the parser met them.
    assert.deepEqual(at('---\ntitle: "x" y\n---\n'), [
      '2:12: front matter: is not valid YAML: Unexpected scalar at node end',
    ])
    // A quote that closes, an escaped quote and an apostrophe inside plain text are not the culprit.
    assert.deepEqual(
      at('---\ntitle: Iraq\'s budget\nsummary: "Said \\"no\\""\ndateline: "Basra\n---\n'),
      ['4:11: front matter: is not valid YAML: Missing closing "quote'],
    )
  })

  it('gives a YAML tag or anchor the line it is on', () => {
    const found = checkFrontMatterYaml('title: x\nrun: !!js/function "f"\n')
    assert.deepEqual(
      found.map(({ line, message }) => `${line}: ${message.split(':')[0]}`),
      ['2: uses the YAML tag !!js/function'],
    )
  })

  it('measures list and quote nesting without parsing the markdown', () => {
    assert.deepEqual(markdownNesting('- a\n  - b\n    - c\n'), { depth: 3, line: 3 })
    assert.equal(markdownNesting('- - - - x').depth, 4)
    assert.equal(markdownNesting('> > > quoted').depth, 3)
    assert.equal(markdownNesting('Plain text\n\n    indented code\n').depth, 0)
    const deep = Array.from({ length: 1000 }, (_, level) => `${' '.repeat(level * 2)}- item`).join(
      '\n',
    )
    const started = performance.now()
    const problem = checkMarkdownLimits(deep.length, deep, 5).find(
      (found) => found.severity === 'error',
    )
    assert.ok(performance.now() - started < 1000, 'the check itself is quick')
    assert.match(problem?.message ?? '', /nest 1000 levels deep on line 1004; at most 16/)
  })

  it('warns about a long file and refuses one past the limit', () => {
    const [warning] = checkMarkdownLimits(CONTENT_LIMITS.fileWarnBytes + 1, 'x', 5)
    assert.equal(warning?.severity, 'warning')
    const [error] = checkMarkdownLimits(5 * 1024 * 1024, '', 5)
    assert.equal(error?.severity, 'error')
    assert.match(error?.message ?? '', /the file is 5120 KiB; at most 1024 KiB is accepted/)
  })

  it('refuses control characters and direction overrides, and warns about other direction controls', () => {
    assert.match(
      checkCharacters('title: A\u000Bb', 'title')[0]?.message ?? '',
      /control character U\+000B/,
    )
    const override = checkCharacters('title: \u202Egnp.exe', 'title')
    assert.equal(override[0]?.severity, 'error')
    assert.match(override[0]?.message ?? '', /direction override U\+202E/)
    const isolate = checkCharacters('\u2067بغداد\u2069', 'body')
    assert.equal(isolate[0]?.severity, 'warning')
    // Right-to-left and left-to-right marks, and the joiners Arabic-script text needs, are fine.
    assert.deepEqual(checkCharacters('بغداد\u200F (Baghdad)\u200E و\u200Cی', 'body'), [])
  })

  it('splits front matter from the body with the body’s first line number', () => {
    assert.deepEqual(splitFrontMatter('---\na: 1\nb: 2\n---\nBody\n'), {
      ok: true,
      yaml: 'a: 1\nb: 2\n',
      body: 'Body\n',
      bodyLine: 5,
    })
  })
})
