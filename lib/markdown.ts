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
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSlug)
    .use(rehypeSanitize, sanitizeSchema)
    .use(validParagraphs)
    .use(rehypeStringify)
}

/** Renders a markdown string (with or without front matter) to sanitized HTML. */
export async function renderMarkdown(markdown: string): Promise<string> {
  const builder = unified()
  configureMarkdown(builder as unknown as Processor)
  return String(await builder.process(markdown))
}
