import { spawn } from 'cross-spawn'
import type { SpawnOptions } from 'node:child_process'
import path from 'node:path'

/** Path of a binary installed in this project's node_modules. */
export function bin(name: string, root = process.cwd()): string {
  return path.join(root, 'node_modules', '.bin', name)
}

export type RunResult = { code: number; output: string }

/**
 * Runs a command, streaming its output through `transform` (line by line) and collecting it.
 * Resolves with the exit code; never rejects for a non-zero exit.
 */
export function run(
  command: string,
  args: readonly string[],
  options: SpawnOptions & { transform?: (line: string) => string; quiet?: boolean } = {},
): Promise<RunResult> {
  const { transform = (line) => line, quiet = false, ...spawnOptions } = options
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...spawnOptions, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const pipe = (stream: NodeJS.ReadableStream | null, target: NodeJS.WriteStream) => {
      let pending = ''
      stream?.setEncoding('utf8')
      stream?.on('data', (chunk: string) => {
        pending += chunk
        const lines = pending.split('\n')
        pending = lines.pop() ?? ''
        for (const line of lines) emit(line, target)
      })
      stream?.on('end', () => {
        if (pending) emit(pending, target)
      })
    }
    const emit = (line: string, target: NodeJS.WriteStream) => {
      const shown = transform(line)
      output += `${shown}\n`
      if (!quiet) target.write(`${shown}\n`)
    }
    pipe(child.stdout, process.stdout)
    pipe(child.stderr, process.stderr)
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }))
  })
}

/** Resolves once `url` answers 200; fails after `seconds` (a server still starting or building). */
export async function waitForServer(url: string, seconds: number): Promise<void> {
  for (let waited = 0; waited < seconds; waited += 1) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`${url} did not answer within ${seconds} s`)
}
