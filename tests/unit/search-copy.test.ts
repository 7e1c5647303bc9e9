/**
 * What the search index reads of a page (lib/finish/search-copy.ts) and the folder of those
 * copies kept between builds (build/search-copies.ts).
 */
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { searchCopy } from '../../lib/finish/search-copy'
import { openSearchCopies } from '../../build/search-copies'
import { tempFolder } from '../support/temp-folder'

const page = (body: string) =>
  `<!DOCTYPE html><html lang="ar" dir="rtl"><head><title>T</title><script>var a = "<article data-pagefind-body>"</script></head><body><nav><a href="/">Home</a></nav>${body}<footer>About us</footer></body></html>`
const copyOf = (indexed: string) =>
  `<!DOCTYPE html><html lang="ar" dir="rtl"><body>${indexed}</body></html>`

describe('the search copy of a page', () => {
  it('keeps the page’s language and the indexed element, not the navigation, scripts or footer', () => {
    const story =
      '<article data-pagefind-body data-pagefind-meta="section:Iraq"><h1>Bridge</h1><p>Text</p></article>'
    assert.equal(searchCopy(page(`<main>${story}<aside>Related</aside></main>`)), copyOf(story))
  })

  it('ends the element at its own closing tag, whatever its text and attributes hold', () => {
    const story = [
      '<article data-pagefind-body>',
      '<img alt="a </article> in a caption" src="/a.png"/>',
      "<p title='<article data-pagefind-body>'>Nested</p>",
      '<article><p>A quoted story</p></article>',
      '<!-- </article> -->',
      '<p>After</p></article>',
    ].join('')
    assert.equal(searchCopy(page(`${story}<p>Outside</p>`)), copyOf(story))
  })

  it('does not take an attribute’s value for the marker', () => {
    const html = page('<div title="data-pagefind-body"><p>Not indexed</p></div>')
    assert.equal(searchCopy(html), copyOf(''))
  })

  it('copies a page with nothing to index as an empty body, which Pagefind leaves out', () => {
    assert.equal(searchCopy(page('<main><h1>Economy</h1></main>')), copyOf(''))
  })
})

describe('the folder of search copies kept between builds', () => {
  const A = 'en/a/index.html'
  const B = 'en/b/index.html'
  const story = (text: string) =>
    `<html lang="en"><body><article data-pagefind-body>${text}</article></body></html>`

  it('cuts only the pages rendered or changed since the copies were cut, and drops the pages gone', () => {
    const root = tempFolder('search-copies')
    const first = openSearchCopies(
      root,
      new Map([
        [A, 'a1'],
        [B, 'b1'],
      ]),
    )
    first.add(A, story('A one'))
    first.add(B, story('B one'))
    assert.equal(
      first.complete([A, B], () => assert.fail('every page was rendered')),
      2,
    )
    const copy = (file: string) => readFileSync(path.join(first.dir, file), 'utf8')

    // B carried with its version: its copy stays; A rendered again.
    const second = openSearchCopies(
      root,
      new Map([
        [A, 'a2'],
        [B, 'b1'],
      ]),
    )
    second.add(A, story('A two'))
    assert.equal(
      second.complete([A, B], () => assert.fail('B’s copy is of its version')),
      1,
    )
    assert.match(copy(A), /A two/)
    assert.match(copy(B), /B one/)

    // B carried at a version its copy is not of (a build that failed after cutting it): cut
    // from the unfinished page; A no longer exported.
    const third = openSearchCopies(root, new Map([[B, 'b2']]))
    assert.equal(
      third.complete([B], (file) => (file === B ? story('B two') : '')),
      1,
    )
    assert.match(copy(B), /B two/)
    assert.equal(existsSync(path.join(first.dir, A)), false)
  })

  it('cuts every page again after a build killed while the folder changed', () => {
    const root = tempFolder('search-copies')
    const versions = new Map([[A, 'a1']])
    const first = openSearchCopies(root, versions)
    first.add(A, story('A one'))
    first.complete([A], () => '')
    openSearchCopies(root, versions) // killed before complete(): the list of versions is gone
    const next = openSearchCopies(root, versions)
    assert.equal(
      next.complete([A], () => story('A again')),
      1,
    )
    assert.match(readFileSync(path.join(next.dir, A), 'utf8'), /A again/)
  })
})
