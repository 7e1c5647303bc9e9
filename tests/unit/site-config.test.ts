import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { editionCodes } from '../../lib/site/i18n/dictionaries'
import { ar } from '../../lib/site/i18n/ar'
import { en } from '../../lib/site/i18n/en'
import { ContentError } from '../../lib/content/problems'
import { parseSiteConfig } from '../../lib/site/site-config'

const valid = `
name: Test
baseUrl: https://news.example.org/
timeZone: Asia/Baghdad
defaultEdition: en
editions:
  - { code: en, language: English, locale: en-GB, dir: ltr, name: Test, tagline: T, defaultByline: Staff }
`

function problemsOf(text: string): string[] {
  try {
    parseSiteConfig(text, 'content/site.yml')
    return []
  } catch (error) {
    assert.ok(error instanceof ContentError)
    return error.problems.map((problem) => `${problem.field}: ${problem.message}`)
  }
}

describe('site configuration', () => {
  it('reads a valid file and drops the trailing slash of the base URL', () => {
    const site = parseSiteConfig(valid, 'content/site.yml')
    assert.equal(site.baseUrl, 'https://news.example.org')
    assert.equal(site.editions[0]?.locale, 'en-GB')
  })

  it('publishes the whole archive in the export unless told otherwise (archive: static)', () => {
    assert.deepEqual(parseSiteConfig(valid, 'content/site.yml').archive, {
      mode: 'static',
      prerenderDays: 30,
    })
  })

  it('takes edge mode in short or with its window, and names a wrong one', () => {
    const short = parseSiteConfig(`${valid}archive: edge\n`, 'content/site.yml')
    assert.deepEqual(short.archive, { mode: 'edge', prerenderDays: 30 })
    const long = parseSiteConfig(
      `${valid}archive:\n  mode: edge\n  prerenderDays: 7\n`,
      'content/site.yml',
    )
    assert.deepEqual(long.archive, { mode: 'edge', prerenderDays: 7 })
    assert.match(problemsOf(`${valid}archive: cloud\n`).join('\n'), /^archive\.mode: /m)
    assert.match(
      problemsOf(`${valid}archive:\n  mode: edge\n  prerenderDays: -1\n`).join('\n'),
      /^archive\.prerenderDays: /m,
    )
  })

  it('announces nothing unless told, and names a key IndexNow would refuse', () => {
    assert.deepEqual(parseSiteConfig(valid, 'content/site.yml').announce, {})
    const on = parseSiteConfig(
      `${valid}announce:\n  indexNow:\n    key: 0123456789abcdef\n  webSubHub: https://pubsubhubbub.appspot.com/\n`,
      'content/site.yml',
    )
    assert.deepEqual(on.announce, {
      indexNow: { key: '0123456789abcdef', endpoint: 'https://api.indexnow.org/indexnow' },
      webSubHub: 'https://pubsubhubbub.appspot.com/',
    })
    assert.match(
      problemsOf(`${valid}announce:\n  indexNow:\n    key: short\n`).join('\n'),
      /^announce\.indexNow\.key: expected 8 to 128 letters, digits or dashes/m,
    )
    assert.match(
      problemsOf(`${valid}announce:\n  webSubHub: ftp://hub.example.org/\n`).join('\n'),
      /^announce\.webSubHub: /m,
    )
  })

  it('names the field at fault', () => {
    const problems = problemsOf(
      valid.replace('Asia/Baghdad', 'Mars/Olympus').replace('dir: ltr', 'dir: up'),
    )
    assert.equal(problems.length, 2)
    assert.match(problems.join('\n'), /timeZone: expected an IANA time zone/)
    assert.match(problems.join('\n'), /editions\[0\]\.dir:/)
  })

  it('makes picture sizes in the build unless a host image service is named', () => {
    assert.equal(parseSiteConfig(valid, 'content/site.yml').images.service, 'build')
    const netlify = parseSiteConfig(`${valid}images:\n  service: netlify\n`, 'content/site.yml')
    assert.equal(netlify.images.service, 'netlify')
    assert.match(
      problemsOf(`${valid}images:\n  service: imgix\n`).join('\n'),
      /images\.service: .*build.*cloudflare.*netlify.*vercel/,
    )
  })

  it('rejects an unknown field, so a typo never passes silently', () => {
    assert.match(problemsOf(`${valid}\nbaseURL: https://x.example.org`).join('\n'), /baseURL/)
  })

  it('says when the file is not YAML', () => {
    assert.match(problemsOf('name: [unclosed').join('\n'), /is not valid YAML/)
  })

  it('has a dictionary for every edition code the code knows', () => {
    assert.deepEqual(editionCodes, ['en', 'ar'])
    assert.equal(en.minRead(4, '4'), '4 min read')
    assert.equal(ar.minRead(1, '١'), 'دقيقة واحدة للقراءة')
    assert.equal(ar.minRead(2, '٢'), 'دقيقتان للقراءة')
    assert.equal(ar.minRead(5, '٥'), '٥ دقائق للقراءة')
    assert.equal(ar.minRead(12, '١٢'), '١٢ دقيقة للقراءة')
  })
})
