import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  checkFrontMatterShape,
  fieldLine,
  frontMatterValues,
  nearestField,
  type DocumentSpec,
} from '../../lib/content/front-matter'
import { CONTENT_SCHEMA } from '../../build/content/content-schema'

const article = CONTENT_SCHEMA.find((spec) => spec.name === 'Article') as DocumentSpec
const shape = (yaml: string) =>
  checkFrontMatterShape(yaml, article).map(
    ({ line, field, message }) => `${line}: ${field}: ${message}`,
  )
const valid =
  'title: A headline\nsummary: What happened.\ndate: 2026-11-27T09:30:00+03:00\nsection: local-news\n'

describe('front matter against the schema', () => {
  it('reads the schema from contentlayer.config.ts', () => {
    assert.deepEqual(
      CONTENT_SCHEMA.map((spec) => `${spec.name} ${spec.folder}`),
      [
        'Article articles',
        'LivePage live',
        'LiveUpdate live',
        'Section sections',
        'Author authors',
        'Page pages',
      ],
    )
    assert.equal(article.fields.title?.required, true)
    assert.equal(article.fields.image?.kind, 'nested')
  })

  it('accepts a valid article, bare dates and numbers as text', () => {
    assert.deepEqual(shape(valid), [])
    assert.deepEqual(shape(`${valid}dateline: 1958\n`), [])
  })

  it('names a misspelt field with the one meant, and each problem with its line', () => {
    assert.deepEqual(shape(`${valid}sumary: Oops\nImage:\n  src: a.jpg\n  alt: A\n`), [
      '6: sumary: is not a field: did you mean "summary"?',
      '7: Image: is not a field: did you mean "image"?',
    ])
    assert.deepEqual(shape(`${valid}colour: red\n`), [
      '6: colour: is not a field (expected one of title, summary, date, updated, section, authors, tags, image, gallery, video, audio, source, dateline, lang, translationKey, featured, breaking, draft, corrections, aliases)',
    ])
  })

  it('says what kind of value a field takes', () => {
    assert.deepEqual(
      shape(
        `${valid}draft: "no"\nauthors: ada\ntags:\n  - true\nimage: bridge.jpg\ncorrections:\n  - date: 2026-11-28\n`,
      ),
      [
        '6: draft: is "no" (expected true or false)',
        '7: authors: is "ada", not a list (expected a list of text)',
        '9: tags[0]: is true, not text (expected text)',
        '10: image: is not a group of fields (expected fields (src, alt, caption, credit))',
        '12: corrections[0].text: is missing (expected text)',
      ],
    )
    assert.deepEqual(shape('title: Only a headline\nsummary:\n'), [
      '2: date: is missing (expected text: ISO 8601 date-time with offset)',
      '2: section: is missing (expected text)',
      '3: summary: is empty (expected text)',
    ])
  })

  it('finds the line of a field path, or of its nearest written parent', () => {
    const yaml = `${valid}authors:\n  - ada\n  - ben\nimage:\n  src: a.jpg\n`
    assert.equal(fieldLine(yaml, 'section'), 5)
    assert.equal(fieldLine(yaml, 'authors[1]'), 8)
    assert.equal(fieldLine(yaml, 'image.alt'), 9)
    assert.equal(fieldLine(yaml, 'updated'), undefined)
  })

  it('suggests only near names', () => {
    assert.equal(nearestField('tilte', ['title', 'summary']), 'title')
    assert.equal(nearestField('DATE', ['date']), 'date')
    assert.equal(nearestField('publisher', ['title', 'summary']), undefined)
  })
})

describe('front matter values for the rules, before Contentlayer has read a file', () => {
  it('reads the values as Contentlayer would, with its defaults', () => {
    assert.deepEqual(
      frontMatterValues(
        `${valid}tags: [Oil, 2026]\nimage:\n  src: a.jpg\n  alt: A\n`,
        article.fields,
      ),
      {
        title: 'A headline',
        summary: 'What happened.',
        date: '2026-11-27T09:30:00+03:00',
        section: 'local-news',
        tags: ['Oil', '2026'],
        image: { src: 'a.jpg', alt: 'A' },
        lang: 'en',
        featured: false,
        breaking: false,
        draft: false,
      },
    )
  })

  it('turns what does not fit into the default, or empty text when the field is required', () => {
    const values = frontMatterValues(
      'summary: [not, text]\ndate: 2026-11-27\nsection: iraq\ndraft: "yes"\nauthors: ada\nsumary: x\n',
      article.fields,
    )
    assert.equal(values.title, '')
    assert.equal(values.summary, '')
    assert.equal(values.draft, false)
    assert.equal(values.authors, undefined)
    assert.equal('sumary' in values, false)
    assert.deepEqual(frontMatterValues('', article.fields).section, '')
  })
})
