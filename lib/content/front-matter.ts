/**
 * The shape of each kind of content file, as plain data (build/content/content-schema.ts reads it from
 * contentlayer.config.ts, the one definition), and the checks that can be made of a file's front
 * matter against it before Contentlayer runs: unknown fields (with the nearest valid name),
 * missing fields, wrong kinds of value, each with the line it is on. Pure: text in, problems out.
 */
import { closest, distance } from 'fastest-levenshtein'
import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Node as YamlNode,
  type Pair,
} from 'yaml'

export type FieldSpec =
  | {
      kind: 'string' | 'boolean' | 'number'
      required: boolean
      description?: string | undefined
      /** What Contentlayer gives a document that leaves the field out */
      default?: string | boolean | number | undefined
    }
  | { kind: 'list'; required: boolean; of: FieldSpec; description?: string | undefined }
  | { kind: 'nested'; required: boolean; fields: Fields; description?: string | undefined }
export type Fields = Record<string, FieldSpec>

export type DocumentSpec = {
  /** Contentlayer's type name: Article, Section, Author, Page */
  name: string
  /** The folder under content/ holding this type's files */
  folder: string
  fields: Fields
}

export type ShapeProblem = { field: string; message: string; line: number }

const EXPECTED: Record<FieldSpec['kind'], string> = {
  string: 'text',
  boolean: 'true or false',
  number: 'a number',
  list: 'a list',
  nested: 'fields',
}

function expected(spec: FieldSpec): string {
  if (spec.kind === 'list') return `a list of ${EXPECTED[spec.of.kind]}`
  if (spec.kind === 'nested') return `fields (${Object.keys(spec.fields).join(', ')})`
  return EXPECTED[spec.kind]
}

/** The valid name an unknown field was most likely meant to be, if one is close enough. */
export function nearestField(name: string, valid: readonly string[]): string | undefined {
  if (valid.length === 0) return undefined
  const lower = name.toLowerCase()
  const sameLetters = valid.find((candidate) => candidate.toLowerCase() === lower)
  if (sameLetters) return sameLetters
  const nearest = closest(lower, [...valid])
  // Two edits in a short name, three in a long one: beyond that a suggestion misleads.
  const allowed = nearest.length <= 5 ? 2 : 3
  return distance(lower, nearest.toLowerCase()) <= allowed ? nearest : undefined
}

/**
 * Checks the front matter (the YAML between the `---` lines; it starts on line `firstLine` of
 * the file) against a document type. Problems come back in the order of the file.
 */
export function checkFrontMatterShape(
  yaml: string,
  spec: DocumentSpec,
  firstLine = 2,
): ShapeProblem[] {
  const lines = new LineCounter()
  const document = parseDocument(yaml, { lineCounter: lines, prettyErrors: false })
  const problems: ShapeProblem[] = []
  const lineOf = (node: { range?: [number, number, number] | null } | null | undefined) =>
    firstLine - 1 + (node?.range ? lines.linePos(node.range[0]).line : 1)
  // An empty front matter is an empty map.
  const root = document.contents
  if (root !== null && !isMap(root)) {
    problems.push({
      field: 'front matter',
      message: 'must be a list of fields (`name: value`), one per line',
      line: lineOf(root),
    })
    return problems
  }
  checkFields(root?.items ?? [], spec.fields, '', lineOf(root), problems, lineOf)
  return problems.sort((a, b) => a.line - b.line)
}

function checkFields(
  items: readonly Pair[],
  fields: Fields,
  prefix: string,
  parentLine: number,
  problems: ShapeProblem[],
  lineOf: (node: YamlNode | null | undefined) => number,
) {
  const seen = new Set<string>()
  for (const pair of items) {
    const keyNode = pair.key as YamlNode | null
    const name = isScalar(keyNode) ? String(keyNode.value) : ''
    const path = `${prefix}${name}`
    const line = lineOf(keyNode)
    const spec = fields[name]
    if (!spec) {
      const suggestion = nearestField(name, Object.keys(fields))
      problems.push({
        field: path,
        line,
        message: suggestion
          ? `is not a field: did you mean "${suggestion}"?`
          : `is not a field (expected one of ${Object.keys(fields).join(', ')})`,
      })
      continue
    }
    seen.add(name)
    checkValue(pair.value as YamlNode | null, spec, path, line, problems, lineOf)
  }
  for (const [name, spec] of Object.entries(fields)) {
    if (spec.required && !seen.has(name))
      problems.push({
        field: `${prefix}${name}`,
        line: parentLine,
        message: `is missing (expected ${expected(spec)}${spec.description ? `: ${spec.description}` : ''})`,
      })
  }
}

function checkValue(
  node: YamlNode | null,
  spec: FieldSpec,
  path: string,
  line: number,
  problems: ShapeProblem[],
  lineOf: (node: YamlNode | null | undefined) => number,
) {
  const wrong = (what: string) =>
    problems.push({ field: path, line, message: `${what} (expected ${expected(spec)})` })
  // `field:` with nothing after it: Contentlayer reads it as absent.
  if (node === null || (isScalar(node) && node.value === null)) {
    if (spec.required) wrong('is empty')
    return
  }
  switch (spec.kind) {
    case 'string':
      // A number or a date written bare is still text to an editor; Contentlayer takes it as such.
      if (!isScalar(node) || typeof node.value === 'boolean')
        wrong(isScalar(node) ? `is ${String(node.value)}, not text` : 'is not text')
      return
    case 'boolean':
      if (!isScalar(node) || typeof node.value !== 'boolean')
        wrong(`is ${isScalar(node) ? `"${String(node.value)}"` : 'not true or false'}`)
      return
    case 'number':
      if (!isScalar(node) || typeof node.value !== 'number')
        wrong(`is ${isScalar(node) ? `"${String(node.value)}"` : 'not a number'}`)
      return
    case 'list':
      if (!isSeq(node)) {
        wrong(isScalar(node) ? `is "${String(node.value)}", not a list` : 'is not a list')
        return
      }
      node.items.forEach((item, index) => {
        const itemNode = item as YamlNode | null
        checkValue(itemNode, spec.of, `${path}[${index}]`, lineOf(itemNode), problems, lineOf)
      })
      return
    case 'nested':
      if (!isMap(node)) {
        wrong('is not a group of fields')
        return
      }
      checkFields(node.items, spec.fields, `${path}.`, line, problems, lineOf)
      return
  }
}

/**
 * The line a field path (`image.alt`, `authors[1]`, `corrections[0].date`) is written on, given
 * the front matter text; undefined when the field is not in the file.
 */
export function fieldLine(yaml: string, field: string, firstLine = 2): number | undefined {
  const steps = [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) =>
    match[2] === undefined ? (match[1] ?? '') : Number(match[2]),
  )
  if (steps.length === 0) return undefined
  const lines = new LineCounter()
  const document = parseDocument(yaml, { lineCounter: lines, prettyErrors: false })
  let node: unknown = document.contents
  let at: { range?: [number, number, number] | null } | undefined
  for (const step of steps) {
    if (typeof step === 'number') {
      if (!isSeq(node)) break
      node = node.items[step]
      at = node as YamlNode
    } else {
      if (!isMap(node)) break
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === step)
      if (!pair) return at ? firstLine - 1 + lines.linePos(at.range?.[0] ?? 0).line : undefined
      at = pair.key as YamlNode
      node = pair.value
    }
  }
  if (!at?.range) return undefined
  return firstLine - 1 + lines.linePos(at.range[0]).line
}

/**
 * The values of a front matter as the rules read them, for a file Contentlayer has not read
 * (because this or another file has a shape problem): what fits its field is kept, a missing or
 * misshapen value becomes the field's default (or empty text when the field is required text),
 * unknown fields are dropped. The shape problems themselves are reported by
 * `checkFrontMatterShape`; this only lets the rules across files run over every file at once.
 */
export function frontMatterValues(yaml: string, fields: Fields): Record<string, unknown> {
  const data: unknown = parseDocument(yaml).toJS()
  return valuesOf(isRecord(data) ? data : {}, fields)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function valuesOf(data: Record<string, unknown>, fields: Fields): Record<string, unknown> {
  const values: Record<string, unknown> = {}
  for (const [name, spec] of Object.entries(fields)) {
    const value = valueOf(data[name], spec)
    if (value !== undefined) values[name] = value
  }
  return values
}

function valueOf(value: unknown, spec: FieldSpec): unknown {
  switch (spec.kind) {
    case 'string':
      // A number written bare is text to an editor, as the shape check says.
      if (typeof value === 'string') return value
      if (typeof value === 'number') return String(value)
      return spec.default ?? (spec.required ? '' : undefined)
    case 'boolean':
    case 'number':
      return typeof value === spec.kind ? value : spec.default
    case 'list':
      if (!Array.isArray(value)) return undefined
      return value.map((item) => valueOf(item, spec.of)).filter((item) => item !== undefined)
    case 'nested':
      return isRecord(value) ? valuesOf(value, spec.fields) : undefined
  }
}
