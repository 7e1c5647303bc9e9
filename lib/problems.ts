/** A content mistake, said the way an editor needs to hear it: which file, which field, what is expected. */
export type ContentProblem = {
  file: string
  field: string
  message: string
  /** The line of the file the field is written on, when it is written at all */
  line?: number | undefined
  /** A warning is printed and the build goes on; anything else stops it. */
  severity?: 'warning'
}

export const isWarning = (problem: ContentProblem) => problem.severity === 'warning'

/** One line an editor's tools understand: `content/articles/x.md:4: section: what is wrong`. */
export function formatProblem({ file, line, field, message }: ContentProblem): string {
  const where = line === undefined ? file : `${file}:${line}`
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
