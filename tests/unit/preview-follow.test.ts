/**
 * The editors' preview warms every address a save added. Contentlayer rewrites its indexes one
 * at a time, so a read between two writes can miss a whole kind: the preview must not take such
 * a read for the truth, or it would count those addresses as new and chase them.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { settledAddresses } from '../../tools/preview-follow'

function reads(...sequence: (string[] | Error)[]) {
  let index = 0
  return () => {
    const next = sequence[Math.min(index, sequence.length - 1)]
    index += 1
    if (next instanceof Error) throw next
    return new Set(next)
  }
}
const noWait = () => Promise.resolve()

describe('the preview’s reading of the addresses', () => {
  it('waits past a read that misses the standalone pages', async () => {
    const whole = ['/en/', '/en/pages/about/', '/en/politics/renamed-story/']
    const half = ['/en/', '/en/politics/renamed-story/']
    const addresses = await settledAddresses(reads(half, whole, whole), noWait)
    assert.deepEqual([...(addresses ?? [])].sort(), whole.sort())
  })

  it('waits past a file it cannot parse yet', async () => {
    const whole = ['/en/', '/en/politics/a/']
    const addresses = await settledAddresses(
      reads(new SyntaxError('Unexpected end of JSON input'), whole, whole),
      noWait,
    )
    assert.deepEqual([...(addresses ?? [])], whole)
  })

  it('gives up, leaving it to the next save, when the files keep changing', async () => {
    let count = 0
    const changing = () => new Set([`/en/politics/${(count += 1)}/`])
    assert.equal(await settledAddresses(changing, noWait, 4), undefined)
    assert.equal(count, 4)
  })
})
