/** A content mistake, said the way an editor needs to hear it: which file, which field, what is expected. */
export type ContentProblem = {
  file: string
  field: string
  message: string
  /** The line of the file the field is written on, when it is written at all */
  line?: number | undefined
  /** The column on that line, when the mistake is at one character (a YAML syntax error) */
  column?: number | undefined
  /** A warning is printed and the build goes on; anything else stops it. */
  severity?: 'warning'
}

export const isWarning = (problem: ContentProblem) => problem.severity === 'warning'

/**
 * One line an editor's tools understand: `content/articles/x.md:4: section: what is wrong`
 * (`x.md:4:12:` when the column is known, as compilers write it).
 */
export function formatProblem({ file, line, column, field, message }: ContentProblem): string {
  const where =
    line === undefined
      ? file
      : column === undefined
        ? `${file}:${line}`
        : `${file}:${line}:${column}`
  return field ? `${where}: ${field}: ${message}` : `${where}: ${message}`
}

export class ContentError extends Error {
  readonly problems: readonly ContentProblem[]

  constructor(problems: readonly ContentProblem[]) {
    const lines = problems.map((problem) => `  - ${formatProblem(problem)}`)
    super(`${problems.length} content problem(s):\n${lines.join('\n')}`)
    this.name = 'ContentError'
    this.problems = problems
  }
}

/** Turns a path such as ['editions', 0, 'locale'] into `editions[0].locale`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => {
      if (typeof part === 'number') return `[${part}]`
      return index === 0 ? String(part) : `.${String(part)}`
    })
    .join('')
}

/** The closing line of a check: `8 files with problems: 9 errors, 2 warnings`. */
export function summariseProblems(problems: readonly ContentProblem[]): string {
  const files = new Set(problems.map((problem) => problem.file)).size
  const warnings = problems.filter(isWarning).length
  const errors = problems.length - warnings
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
  return `${count(files, 'file', 'files')} with problems: ${count(errors, 'error', 'errors')}, ${count(warnings, 'warning', 'warnings')}`
}
