/**
 * `npm run check`: every content check the build runs (build/stages/check.ts), without rendering
 * a page. Errors exit 1; warnings alone exit 0.
 */
import { runContentChecks } from '../build/stages/check'

const checked = await runContentChecks(process.cwd(), {
  buildTime: new Date(process.env.NEWSROOM_BUILD_TIME ?? Date.now()),
  includeUnpublished: false,
})
if (!checked.ok) {
  console.error(`\n✗ ${checked.reason} Nothing was published.\n`)
  process.exit(1)
}
console.log('\n✓ Every content file follows the content model.')
