import rehypeRaw from 'rehype-raw'
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize'
import rehypeSlug from 'rehype-slug'
import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified, type Processor } from 'unified'

/** GitHub's allow-list, plus the figure elements that news copy uses for pictures with captions. */
const sanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption'],
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
    .use(rehypeStringify)
}

/** Renders a markdown string (with or without front matter) to sanitized HTML. */
export async function renderMarkdown(markdown: string): Promise<string> {
  const builder = unified()
  configureMarkdown(builder as unknown as Processor)
  return String(await builder.process(markdown))
}
