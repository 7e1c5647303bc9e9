import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { finishedPage } from '../../lib/page-html'

describe('finished pages', () => {
  it("drops Next's font-loader meta wherever the render put it, and nothing else", () => {
    const early =
      '<head><meta charSet="utf-8"/><meta name="next-size-adjust" content=""/><title>A</title></head>'
    const late =
      '<head><meta charSet="utf-8"/><title>A</title><meta name="next-size-adjust" content=""/></head>'
    assert.equal(finishedPage(early), '<head><meta charSet="utf-8"/><title>A</title></head>')
    assert.equal(finishedPage(late), finishedPage(early))
  })
})
