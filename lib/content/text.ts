/**
 * What a content file's bytes must be before anything parses them: UTF-8 text, YAML front matter
 * opened by a line that is exactly `---`, no YAML tags or aliases, no pathological nesting, a
 * body of sane size. Every content file may come from a contributor nobody has met, so these
 * checks run before Contentlayer reads a byte (build/content/scan-content.ts), and the same
 * normalisation (byte-order mark, CRLF) is applied inside Contentlayer by patches/.
 * Pure: strings and bytes in, problems out.
 */
import { isAlias, isNode, LineCounter, parseDocument, visit } from 'yaml'

/**
 * A problem in one file; `field` is empty when it concerns the file as a whole. `line` and
 * `column` are counted in the text checked (the front matter's own lines for its YAML).
 */
export type TextProblem = {
  field: string
  message: string
  severity: 'error' | 'warning'
  line?: number
  column?: number
}

/** Limits an editor can see (docs/content-checks.md, "Limits"). A body past the warning size still builds. */
export const CONTENT_LIMITS = {
  /** Bytes of one markdown file past which the build warns: a very long read is ~60 KB. */
  fileWarnBytes: 200 * 1024,
  /** Bytes of one markdown file past which the build stops: no story is this long. */
  fileMaxBytes: 1024 * 1024,
  /** Lists and quotes nested deeper than this stop the build (parsing them grows much faster than the file). */
  maxNesting: 16,
} as const

export type DecodedText = { ok: true; text: string } | { ok: false; message: string; line: number }

/**
 * Decodes a content file as UTF-8, dropping a byte-order mark and turning CRLF (and lone CR)
 * line ends into LF, so a file saved on Windows reads exactly like one saved on Linux.
 */
export function decodeContentText(bytes: Uint8Array): DecodedText {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    const at = firstInvalidUtf8(bytes)
    const line = bytes.subarray(0, at).filter((byte) => byte === 0x0a).length + 1
    const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0')
    return {
      ok: false,
      message: `is not UTF-8 text (byte 0x${byte} on line ${line}): save it with the encoding "UTF-8"`,
      line,
    }
  }
  return { ok: true, text: normaliseLineEnds(text) }
}

/** CRLF and lone CR become LF; a leading byte-order mark goes. The same rule runs inside Contentlayer. */
export function normaliseLineEnds(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  // Grow a prefix until it fails: files are small and this runs only on a broken one.
  let low = 0
  let high = bytes.length
  while (low < high) {
    const middle = Math.floor((low + high) / 2)
    try {
      decoder.decode(bytes.subarray(0, middle + 1), { stream: true })
      decoder.decode()
      low = middle + 1
    } catch {
      high = middle
    }
  }
  return low
}

/** Splits normalised text into its front matter (between the `---` lines) and body. */
export function splitFrontMatter(
  text: string,
): { ok: true; yaml: string; body: string; bodyLine: number } | { ok: false; message: string } {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'))
  if (firstLine !== '---') {
    const shown = firstLine.length > 40 ? `${firstLine.slice(0, 40)}…` : firstLine
    const why = /^---\s*\S/.test(firstLine)
      ? ': front matter in any language but YAML is refused, because other languages run code'
      : ''
    return {
      ok: false,
      message: `the first line must be exactly "---", opening the YAML front matter (found "${shown}")${why}`,
    }
  }
  const close = text.indexOf('\n---', 3)
  const closeEnd = close === -1 ? -1 : close + 4
  if (close === -1 || !(closeEnd === text.length || text[closeEnd] === '\n')) {
    return { ok: false, message: 'the front matter is never closed: add a line "---" after it' }
  }
  const yaml = text.slice(4, close + 1)
  const body = text.slice(closeEnd + 1)
  return { ok: true, yaml, body, bodyLine: yaml.split('\n').length + 2 }
}

/**
 * Front matter is plain YAML data: tags (`!!js/function`, `!include`) and anchors or aliases
 * (`&a`, `*a`, the way to a billion-laughs expansion) are refused, as are YAML syntax errors.
 */
export function checkFrontMatterYaml(yaml: string): TextProblem[] {
  const problems: TextProblem[] = []
  const error = (message: string, at?: { line: number; col: number }) => {
    if (!problems.some((problem) => problem.message === message))
      problems.push({
        field: 'front matter',
        message,
        severity: 'error',
        ...(at ? { line: at.line, column: at.col } : {}),
      })
  }
  // prettyErrors gives each error its line and column (and adds them to the message, where
  // they are taken off again: the problem carries them).
  const lines = new LineCounter()
  const document = parseDocument(yaml, { prettyErrors: true, lineCounter: lines })
  for (const problem of document.errors) {
    // The parser notices a missing closing quote where the text ends; the editor's mistake is
    // where the quote opened.
    const at =
      problem.code === 'MISSING_CHAR' && /quote/.test(problem.message)
        ? (unclosedQuote(yaml, problem.pos[0]) ?? problem.linePos?.[0])
        : problem.linePos?.[0]
    error(`is not valid YAML: ${yamlReason(problem.message)}`, at)
  }
  if (problems.length > 0) return problems
  const at = (node: { range?: [number, number, number] | null | undefined }) =>
    node.range ? lines.linePos(node.range[0]) : undefined
  visit(document, (_key, node) => {
    if (isAlias(node)) {
      error(`uses a YAML alias (*${node.source}); write the value out instead`, at(node))
      return visit.SKIP
    }
    if (!isNode(node)) return undefined
    if (node.anchor)
      error(`uses a YAML anchor (&${node.anchor}); write the value out instead`, at(node))
    if (node.tag && !isPlainTag(node.tag))
      error(
        `uses the YAML tag ${node.tag.replace('tag:yaml.org,2002:', '!!')}: front matter is plain text, lists and fields only`,
        at(node),
      )
    return undefined
  })
  return problems
}

/** Tags the parser gives ordinary scalars, maps and lists itself, never written by the editor. */
const PLAIN_TAGS = new Set([
  'tag:yaml.org,2002:str',
  'tag:yaml.org,2002:map',
  'tag:yaml.org,2002:seq',
  'tag:yaml.org,2002:int',
  'tag:yaml.org,2002:float',
  'tag:yaml.org,2002:bool',
  'tag:yaml.org,2002:null',
])

function isPlainTag(tag: string): boolean {
  return PLAIN_TAGS.has(tag)
}

/**
 * The last value before `offset` that opens a quote (`dateline: "Basra`, `- 'x`) and does not
 * close it on its line: where a "missing closing quote" begins. Line and column from 1.
 */
export function unclosedQuote(
  yaml: string,
  offset: number,
): { line: number; col: number } | undefined {
  let found: { line: number; col: number } | undefined
  let start = 0
  yaml.split('\n').forEach((text, index) => {
    if (start > offset) return
    start += text.length + 1
    const opening = /^(\s*(?:-\s+)*(?:[^\s:#"'][^:#]*:\s+)?)(["'])/.exec(text)
    if (opening?.[1] === undefined || !opening[2]) return
    const quote = opening[2]
    const rest = text.slice(opening[1].length + 1)
    const closed =
      quote === '"' ? /(^|[^\\])(\\\\)*"/.test(rest) : rest.replaceAll("''", '').includes("'")
    if (!closed) found = { line: index + 1, col: opening[1].length + 1 }
  })
  return found
}

/** The parser's reason without the position and code frame it appends. */
function yamlReason(message: string): string {
  const first = message.split('\n')[0] ?? message
  return first.replace(/ at line \d+, column \d+:?$/, '')
}

/** How many levels lists and quotes nest, read from line starts without parsing the markdown. */
export function markdownNesting(body: string): { depth: number; line: number } {
  let deepest = { depth: 0, line: 0 }
  const marker = /^(?:[-*+]|\d{1,9}[.)]|>)(?:[ \t]+|$)/
  body.split('\n').forEach((raw, index) => {
    const indent = /^[ \t]*/.exec(raw)?.[0] ?? ''
    let rest = raw.slice(indent.length)
    if (!marker.test(rest)) return
    const width = [...indent].reduce((sum, char) => sum + (char === '\t' ? 4 : 1), 0)
    let markers = 0
    for (let match = marker.exec(rest); match; match = marker.exec(rest)) {
      markers += 1
      rest = rest.slice(match[0].length)
      if (match[0].length === 0) break
    }
    const depth = Math.floor(width / 2) + markers
    if (depth > deepest.depth) deepest = { depth, line: index + 1 }
  })
  return deepest
}

/** The size and shape limits of one markdown file. */
export function checkMarkdownLimits(
  byteLength: number,
  body: string,
  bodyLine: number,
): TextProblem[] {
  const problems: TextProblem[] = []
  const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`
  if (byteLength > CONTENT_LIMITS.fileMaxBytes) {
    problems.push({
      field: 'body',
      severity: 'error',
      message: `the file is ${kib(byteLength)}; at most ${kib(CONTENT_LIMITS.fileMaxBytes)} is accepted (split the story, or move data into a linked file)`,
    })
    return problems
  }
  if (byteLength > CONTENT_LIMITS.fileWarnBytes) {
    problems.push({
      field: 'body',
      severity: 'warning',
      message: `the file is ${kib(byteLength)}, longer than ${kib(CONTENT_LIMITS.fileWarnBytes)}: its page, feeds and search entry will be heavy for readers on phones`,
    })
  }
  const nesting = markdownNesting(body)
  if (nesting.depth > CONTENT_LIMITS.maxNesting) {
    problems.push({
      field: 'body',
      severity: 'error',
      message: `lists or quotes nest ${nesting.depth} levels deep on line ${bodyLine + nesting.line - 1}; at most ${CONTENT_LIMITS.maxNesting} are accepted`,
      line: bodyLine + nesting.line - 1,
    })
  }
  return problems
}

/** Overrides display letters in the reverse of their order: a headline can be made to read as another. */
const BIDI_OVERRIDES = /[\u202D\u202E]/u
/** Embeddings and isolates reorder text too, but are sometimes meant. Marks (LRM, RLM, ALM) are fine. */
const BIDI_CONTROLS = /[\u202A-\u202C\u2066-\u2069]/u
/** Control characters XML cannot carry and no editor means to type (tab and newline excepted). */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/u

/** Where a text holds characters that can spoof or break what readers and feed readers see. */
export function checkCharacters(text: string, field: string): TextProblem[] {
  const problems: TextProblem[] = []
  const control = CONTROL_CHARACTERS.exec(text)
  if (control) {
    problems.push({
      field,
      ...lineField(text, control.index),
      severity: 'error',
      message: `holds the invisible control character ${codePoint(control[0])}${lineOf(text, control.index)}: delete it (it often comes with text pasted from a word processor)`,
    })
  }
  const override = BIDI_OVERRIDES.exec(text)
  if (override) {
    problems.push({
      field,
      ...lineField(text, override.index),
      severity: 'error',
      message: `holds the direction override ${codePoint(override[0])}${lineOf(text, override.index)}, which shows letters in reverse order: delete it`,
    })
  }
  const bidi = BIDI_CONTROLS.exec(text)
  if (bidi) {
    problems.push({
      field,
      ...lineField(text, bidi.index),
      severity: 'warning',
      message: `holds the direction control ${codePoint(bidi[0])}${lineOf(text, bidi.index)}, which reorders the letters readers see; the site isolates names and dates itself, so delete it unless it is meant`,
    })
  }
  return problems
}

export function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}

function lineField(text: string, index: number): { line?: number } {
  return text.includes('\n') ? { line: text.slice(0, index).split('\n').length } : {}
}

function lineOf(text: string, index: number): string {
  if (!text.includes('\n')) return ''
  return ` on line ${text.slice(0, index).split('\n').length}`
}
