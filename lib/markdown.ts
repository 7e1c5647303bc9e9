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

/** GitHub's allow-list, plus the figure elements that news copy uses for pictures with captions. */
const sanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption'],
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

/** The prefix the sanitizer gives every id, so a story's ids cannot clobber the page's globals. */
const ID_PREFIX = 'user-content-'

/**
 * In-page links (`[see below](#what-changes)`, footnote references and back-references) point
 * at ids the sanitizer has prefixed: they get the same prefix when the target is in the story.
 */
function inPageLinks() {
  return (tree: Root) => {
    const ids = new Set<string>()
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id)
    })
    visit(tree, 'element', (node: Element) => {
      const href = node.properties.href
      if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return
      let target: string
      try {
        target = decodeURIComponent(href.slice(1))
      } catch {
        return
      }
      if (!target.startsWith(ID_PREFIX) && ids.has(`${ID_PREFIX}${target}`))
        node.properties.href = `#${ID_PREFIX}${target}`
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
    // No prefix here: the sanitizer adds it to every id (footnotes included) exactly once.
    .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' })
    .use(rehypeRaw)
    .use(rehypeSlug)
    .use(rehypeSanitize, sanitizeSchema)
    .use(inPageLinks)
    .use(validParagraphs)
    .use(rehypeStringify)
}

/** Renders a markdown string (with or without front matter) to sanitized HTML. */
export async function renderMarkdown(markdown: string): Promise<string> {
  const builder = unified()
  configureMarkdown(builder as unknown as Processor)
  return String(await builder.process(markdown))
}
