/**
 * Runs the build's stages (build/build.ts lists them) in order, with one way to finish and one
 * way to fail. Each stage names itself, prints its line and is timed under its name; a stage
 * that throws stops the build: the half-made staging folder goes, the stage and the reason are
 * said, and out/ is left as it was (build/release.ts swaps it in only at the end).
 */
import type { StepTimer } from './step-timer'

/** A stage's expected way to stop the build: its message is said as it is, without a trace. */
export class BuildStopped extends Error {}

export type Stage<Context> = {
  /** The step's name in the timings (`.cache/build-steps.json`, the benchmark's table). */
  name: string
  /** What the build prints as the stage starts; none for stages that say what they found instead. */
  log?: string | ((context: Context) => string)
  /** Run the stage only when this holds (edge mode, a review copy…). */
  when?: (context: Context) => boolean
  run: (context: Context) => Promise<void> | void
}

export type StageRun = { failed?: { stage: string; reason: string } }

/**
 * Runs every stage whose `when` holds, timing each with `timer`. On the first failure calls
 * `cleanUp` (the staging folder goes) and returns the stage and the reason; never throws for a
 * stage's failure.
 */
export async function runStages<Context>(
  stages: readonly Stage<Context>[],
  context: Context,
  { timer, cleanUp }: { timer: StepTimer; cleanUp: () => void },
): Promise<StageRun> {
  for (const stage of stages) {
    try {
      if (stage.when && !stage.when(context)) continue
      timer.start(stage.name)
      const log = typeof stage.log === 'function' ? stage.log(context) : stage.log
      if (log) console.log(`› ${log}`)
      await stage.run(context)
    } catch (error) {
      cleanUp()
      const reason =
        error instanceof BuildStopped
          ? error.message
          : `the ${stage.name} stage failed: ${error instanceof Error ? error.message : String(error)}`
      return { failed: { stage: stage.name, reason } }
    }
  }
  timer.stop()
  return {}
}
