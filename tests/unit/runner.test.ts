import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { BuildStopped, runStages, type Stage } from '../../build/runner'
import { StepTimer } from '../../build/step-timer'

type Trace = { ran: string[] }

const stage = (name: string, extra: Partial<Stage<Trace>> = {}): Stage<Trace> => ({
  name,
  run: (trace) => {
    trace.ran.push(name)
  },
  ...extra,
})

function run(stages: Stage<Trace>[]) {
  const trace: Trace = { ran: [] }
  const timer = new StepTimer()
  let cleanUps = 0
  return runStages(stages, trace, { timer, cleanUp: () => (cleanUps += 1) }).then((result) => ({
    result,
    ran: trace.ran,
    steps: timer.report().map((step) => step.name),
    cleanUps,
  }))
}

describe('the build runner', () => {
  it('runs the stages in their order, skips those whose condition fails, and times each by name', async () => {
    const { result, ran, steps, cleanUps } = await run([
      stage('check'),
      stage('worker', { when: () => false }),
      stage('swap'),
    ])
    assert.deepEqual(result, {})
    assert.deepEqual(ran, ['check', 'swap'])
    assert.deepEqual(steps, ['check', 'swap'])
    assert.equal(cleanUps, 0)
  })

  it('stops at the first failure: the rest never run, the staging folder goes once, the stage is named', async () => {
    const { result, ran, cleanUps } = await run([
      stage('render'),
      stage('fonts', {
        run: () => {
          throw new Error('no face file')
        },
      }),
      stage('swap'),
    ])
    assert.deepEqual(ran, ['render'])
    assert.equal(cleanUps, 1)
    assert.deepEqual(result.failed, {
      stage: 'fonts',
      reason: 'the fonts stage failed: no face file',
    })
  })

  it('says an expected stop as it is, and treats a failing condition or log line like a failing stage', async () => {
    const stopped = await run([
      stage('type check', {
        run: () => {
          throw new BuildStopped('the code does not type-check (see above).')
        },
      }),
    ])
    assert.equal(stopped.result.failed?.reason, 'the code does not type-check (see above).')
    const badLog = await run([
      stage('images', {
        log: () => {
          throw new Error('the site is not read yet')
        },
      }),
    ])
    assert.equal(badLog.cleanUps, 1)
    assert.match(
      badLog.result.failed?.reason ?? '',
      /images stage failed: the site is not read yet/,
    )
  })
})
