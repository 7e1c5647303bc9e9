/**
 * Wall time per build step, so a slow build says where its time went (and the benchmark can
 * tabulate it). Steps follow one another: starting one ends the one before.
 */
export class StepTimer {
  private readonly steps: { name: string; seconds: number }[] = []
  private current: { name: string; started: number } | undefined

  start(name: string): void {
    this.stop()
    this.current = { name, started: performance.now() }
  }

  stop(): void {
    if (!this.current) return
    const seconds = (performance.now() - this.current.started) / 1000
    const same = this.steps.find((step) => step.name === this.current?.name)
    if (same) same.seconds += seconds
    else this.steps.push({ name: this.current.name, seconds })
    this.current = undefined
  }

  /** Every finished step, in order, with its seconds. */
  report(): { name: string; seconds: number }[] {
    this.stop()
    return this.steps.map((step) => ({ ...step }))
  }

  summary(): string {
    return this.report()
      .map(({ name, seconds }) => `${name} ${seconds.toFixed(1)} s`)
      .join(' · ')
  }
}

/** Each step's seconds of the last build, written by build/build.ts for the benchmark. */
export const STEP_TIMES_FILE = '.cache/build-steps.json'

/** The build's own timer: build/build.ts and the content checks it runs both mark steps on it. */
export const buildSteps = new StepTimer()
