import rehypeRaw from 'rehype-raw'
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize'
import rehypeSlug from 'rehype-slug'
import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import type { Element, Root } from 'hast'
import { unified, type Processor } from 'unified'
import { visit } from 'unist-util-visit'
import { embedOf } from './embeds'

/**
 * GitHub's allow-list, plus the figure elements that news copy uses for pictures with captions.
 * Ids (and the aria attributes that name them) are left to `bodyIds` below, which keeps them
 * as written where that is safe; `name` attributes keep the sanitizer's prefix.
 */
const sanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption'],
  clobber: ['name'],
}

/** Elements a <p> may not contain; raw HTML pasted into a paragraph can leave one there. */
const FLOW_ONLY = new Set([
  'address',
  'blockquote',
  'div',
  'dl',
  'figure',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'ol',
  'pre',
  'table',
  'ul',
])

/** Turns a paragraph that ended up holding a table or list into a <div>, keeping the HTML valid. */
function validParagraphs() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'p') return
      const holdsFlow = node.children.some(
        (child) => child.type === 'element' && FLOW_ONLY.has(child.tagName),
      )
      if (holdsFlow) node.tagName = 'div'
    })
  }
}

/** The text of an element, as a reader would read it. */
/** The text of an element, its children's joined (also the WordPress import's). */
export function textOf(node: Element | Root): string {
  return node.children
    .map((child) =>
      child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : '',
    )
    .join('')
}

/**
 * A provider's link on a line of its own (`https://youtu.be/…`, as pasted) becomes an embed:
 * `<figure data-embed="<canonical address>">` holding the link, which the page turns into a card
 * (components/embeds/) and feeds and search keep as the link it is. Only a paragraph of the
 * body's own (not one in a list or a quote) and only a bare address, not a link with words of its
 * own. After the sanitizer: `data-embed` is never taken from what an editor wrote.
 */
function embedLinks() {
  return (tree: Root) => {
    tree.children = tree.children.map((node) => {
      if (node.type !== 'element' || node.tagName !== 'p') return node
      const parts = node.children.filter(
        (child) => !(child.type === 'text' && child.value.trim() === ''),
      )
      const link = parts[0]
      if (parts.length !== 1 || link?.type !== 'element' || link.tagName !== 'a') return node
      const href = link.properties.href
      if (typeof href !== 'string' || textOf(link).trim() !== href) return node
      const embed = embedOf(href)
      if (!embed) return node
      return {
        type: 'element',
        tagName: 'figure',
        properties: { dataEmbed: embed.url },
        children: [link],
      }
    })
  }
}

/** The prefix a story's id gets when it could stand for something else on the page. */
export const ID_PREFIX = 'user-content-'

/**
 * Ids the page around a story uses (components/), and the beginnings of those it makes from
 * names: a subheading "Corrections" must not take the id of the corrections box, nor become the
 * target of the page's own links.
 */
export const PAGE_IDS: readonly string[] = [
  'main',
  'headline',
  'corrections',
  'related',
  'share-heading',
  'top-stories',
  'latest',
  'search-results',
  'masthead-search',
  'key-points',
  'key-events',
  'live-updates',
  'new-updates',
  'gallery',
  'gallery-heading',
]
/** Ids the page makes from names: sections, search, the masthead, a live page's updates, a gallery's pictures. */
const PAGE_ID_BEGINNINGS = ['section-', 'search-', 'masthead-', 'update-', 'photo-']

/** A name a script can write bare (`config`, `__next_f`, `خلفية`): what an id could clobber. */
const JS_IDENTIFIER = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u

/**
 * The id a story's element keeps on the page. Most subheadings become ids such as
 * `stark-lesson`, which no script can name without quotes (a hyphen, or a leading digit, is
 * never part of a JavaScript name), so `window.x` and `document.x` cannot be made to point at
 * the story's element by them: they are kept as written, the address readers share. An id that
 * is a JavaScript name (a one-word subheading, `cookie`, `__next_f`), one the page itself uses,
 * or one already carrying the prefix gets `user-content-` in front (DOM clobbering).
 */
export function bodyId(id: string): string {
  const risky =
    JS_IDENTIFIER.test(id) ||
    PAGE_IDS.includes(id) ||
    PAGE_ID_BEGINNINGS.some((beginning) => id.startsWith(beginning)) ||
    id.startsWith(ID_PREFIX)
  return risky ? `${ID_PREFIX}${id}` : id
}

/**
 * Gives every id its safe form (bodyId), and the in-page links (`[see below](#what-changes)`,
 * footnote references and back-references) and aria references that name a story's id the same.
 */
function bodyIds() {
  return (tree: Root) => {
    const ids = new Set<string>()
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string') {
        ids.add(node.properties.id)
        node.properties.id = bodyId(node.properties.id)
      }
    })
    const renamed = (id: string) => (ids.has(id) ? bodyId(id) : id)
    visit(tree, 'element', (node: Element) => {
      for (const attribute of ['ariaDescribedBy', 'ariaLabelledBy']) {
        const value = node.properties[attribute]
        if (Array.isArray(value))
          node.properties[attribute] = value.map((token) => renamed(String(token)))
        else if (typeof value === 'string')
          node.properties[attribute] = value.split(/\s+/).map(renamed).join(' ')
      }
      const href = node.properties.href
      if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return
      let target: string
      try {
        target = decodeURIComponent(href.slice(1))
      } catch {
        return
      }
      if (ids.has(target) && bodyId(target) !== target) node.properties.href = `#${bodyId(target)}`
    })
  }
}

/**
 * The one markdown pipeline, used by Contentlayer for every body.
 * Raw HTML is parsed (so editors can use a <figure> or a <table>) and then sanitized last with
 * GitHub's allow-list: no <script>, no on* attributes, no javascript: URLs can reach a page.
 */
export function configureMarkdown(builder: Processor): void {
  builder
    .use(remarkFrontmatter)
    .use(remarkParse)
    .use(remarkGfm)
    // No prefix here: bodyIds decides each id (footnotes included) once, after the sanitizer.
    .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' })
    .use(rehypeRaw)
    .use(rehypeSlug)
    .use(rehypeSanitize, sanitizeSchema)
    .use(bodyIds)
    .use(validParagraphs)
    .use(embedLinks)
    .use(rehypeStringify)
}

/** Renders a markdown string (with or without front matter) to sanitized HTML. */
export async function renderMarkdown(markdown: string): Promise<string> {
  const builder = unified()
  configureMarkdown(builder as unknown as Processor)
  return String(await builder.process(markdown))
}
