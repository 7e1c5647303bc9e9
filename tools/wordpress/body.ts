/**
 * A WordPress post's body (classic editor HTML with shortcodes, or block editor HTML with its
 * comments) → this product's markdown. unified does the conversion (`rehype-parse` →
 * `rehype-remark` → `remark-gfm` + `remark-stringify`); this module says what WordPress's own
 * pieces become: captions → figures, galleries → the story's `gallery`, embeds and provider
 * frames → a provider's link on a line of its own (an embed), `[audio]`/`[video]` → the story's
 * media, footnotes → markdown footnotes. Every picture and link goes through the importer's
 * callbacks (which copy files and know the new addresses). Block comments, scripts, styles,
 * forms and links to `javascript:` never reach the markdown; what is left of raw HTML is
 * sanitized again by the site's own pipeline when it is rendered.
 */
import escapeHtml from 'escape-html'
import type { Element, ElementContent } from 'hast'
import type { Nodes as MdastNodes, PhrasingContent, RootContent } from 'mdast'
import { defaultHandlers } from 'hast-util-to-mdast'
import rehypeParse from 'rehype-parse'
import rehypeRemark from 'rehype-remark'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { visit, SKIP } from 'unist-util-visit'
import { embedOf } from '../../lib/content/embeds'
import { textOf } from '../../lib/content/markdown'
import { replaceShortcodes, shortcodeHtml } from './shortcodes'

/** A picture the old site knew, from its media library (an attachment) or from the body. */
export type OldPicture = { url: string; alt: string; caption: string; credit: string }

export type BodyContext = {
  /** The media library's entry for an attachment id (`[gallery ids]`) */
  attachment: (id: string) => OldPicture | undefined
  /** The pictures attached to this post, in order (`[gallery]` without ids) */
  attached: () => OldPicture[]
  /** The old site's media library entry for a file's address, when it has one */
  pictureAt: (url: string) => OldPicture | undefined
  /** Copies the picture at an old address beside the story; its `src` there, or undefined if missing */
  picture: (url: string) => string | undefined
  /** The same for a video or recording */
  media: (url: string) => string | undefined
  /** An old link, rewritten to the new site's address when it named an imported page */
  link: (url: string) => string
}

export type BodyMedia = { kind: 'video' | 'audio'; src: string; poster?: string }

export type ConvertedBody = {
  markdown: string
  gallery: (OldPicture & { src: string })[]
  media: BodyMedia[]
  /** Shortcodes kept as text, by name */
  unknownShortcodes: string[]
  /** Elements dropped because nothing here shows them (an unknown frame, a form) */
  dropped: string[]
  /** Pictures and media whose file was not found: left out */
  missing: string[]
  /** Pictures the old site described nowhere: described here by their file's name */
  describedByFileName: string[]
  /** Blocks of plugins (`<!-- wp:acme/poll -->`): what they rendered is kept, if anything */
  unknownBlocks: string[]
}

/** The block editor's own blocks (`core/…`, written without the prefix) and its embeds. */
const isCoreBlock = (name: string) =>
  !name.includes('/') || name.startsWith('core/') || name.startsWith('core-embed/')

/** Blocks WordPress's `wpautop` leaves alone; a classic post without them is plain paragraphs. */
const BLOCK_START =
  /^<(?:p|div|h[1-6]|ul|ol|li|table|blockquote|figure|pre|hr|dl|section|iframe|script|style|form)\b/i

/** WordPress's `wpautop`, in short: blank lines part paragraphs, a single newline is a line break. */
export function autoParagraphs(html: string): string {
  if (/<p[\s>]/i.test(html) || /<!-- wp:/.test(html)) return html
  return html
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) =>
      BLOCK_START.test(chunk) ? chunk : `<p>${chunk.replace(/\s*\n\s*/g, '<br>\n')}</p>`,
    )
    .join('\n')
}

const SAFE_LINK = /^(?:https?:|mailto:|tel:|\/|#)/i

const classes = (node: Element): string[] => {
  const value: unknown = node.properties.className
  return Array.isArray(value)
    ? value.map(String)
    : typeof value === 'string'
      ? value.split(' ')
      : []
}

const firstImage = (node: Element): Element | undefined => {
  let found: Element | undefined
  visit(node, 'element', (child: Element) => {
    if (!found && child.tagName === 'img') found = child
  })
  return found
}

/** A frame's player address as a provider's page address, when it is one (`/embed/ID` → watch). */
function framePage(src: string): string | undefined {
  const youtube = /^https?:\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([\w-]{6,20})/.exec(src)
  if (youtube) return `https://www.youtube.com/watch?v=${youtube[1]}`
  return embedOf(src) ? src : undefined
}

const lone = (children: ElementContent[]) =>
  children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))

export function convertBody(html: string, context: BodyContext): ConvertedBody {
  const result: ConvertedBody = {
    markdown: '',
    gallery: [],
    media: [],
    unknownShortcodes: [],
    dropped: [],
    missing: [],
    describedByFileName: [],
    unknownBlocks: [],
  }
  for (const match of html.matchAll(/<!--\s+wp:([a-z][a-z0-9-]*(?:\/[a-z][a-z0-9-]*)?)/g))
    if (match[1] && !isCoreBlock(match[1])) result.unknownBlocks.push(match[1])
  const withShortcodes = replaceShortcodes(
    autoParagraphs(html.replace(/\r\n?/g, '\n')),
    shortcodeHtml,
    (name) => result.unknownShortcodes.push(name),
  )

  const addGallery = (pictures: OldPicture[]) => {
    for (const picture of pictures) {
      const src = context.picture(picture.url)
      if (src) result.gallery.push({ ...picture, src })
      else result.missing.push(picture.url)
    }
  }

  /** A picture as the story keeps it: copied beside it, or undefined (listed) when missing. */
  const pictureOf = (image: Element) => {
    const url = String(image.properties.src ?? '')
    const src = url ? context.picture(url) : undefined
    if (!src) {
      if (url) result.missing.push(url)
      return undefined
    }
    const known = context.pictureAt(url)
    const alt = String(image.properties.alt ?? '').trim() || known?.alt || known?.caption || ''
    if (!alt) result.describedByFileName.push(src)
    return { src, alt: alt || altFromFile(src), known }
  }

  const tree = unified().use(rehypeParse, { fragment: true }).parse(withShortcodes)
  // What WordPress marks and what this site does not show, before the conversion.
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return
    if (node.type === 'comment' || node.type === 'doctype') {
      parent.children.splice(index, 1)
      return [SKIP, index]
    }
    if (node.type !== 'element') return
    const element = node
    if (element.properties.dataWpGallery !== undefined) {
      const ids = String(element.properties.dataWpGallery).split(',').filter(Boolean)
      addGallery(
        ids.length ? ids.flatMap((id) => context.attachment(id) ?? []) : context.attached(),
      )
      parent.children.splice(index, 1)
      return [SKIP, index]
    }
    if (element.tagName === 'figure' && classes(element).includes('wp-block-gallery')) {
      const pictures: OldPicture[] = []
      visit(element, 'element', (child: Element) => {
        if (child.tagName !== 'figure' || child === element) return
        const image = firstImage(child)
        if (!image) return
        const url = String(image.properties.src ?? '')
        const known = context.pictureAt(url)
        const caption = textOf(
          (child.children.find(
            (c) => c.type === 'element' && c.tagName === 'figcaption',
          ) as Element) ?? { type: 'root', children: [] },
        ).trim()
        pictures.push({
          url,
          alt: String(image.properties.alt ?? '').trim() || known?.alt || '',
          caption: caption || known?.caption || '',
          credit: known?.credit ?? '',
        })
      })
      addGallery(pictures)
      parent.children.splice(index, 1)
      return [SKIP, index]
    }
    if (element.properties.dataWpMedia !== undefined) {
      const kind = element.properties.dataWpMedia === 'audio' ? 'audio' : 'video'
      const url = String(element.properties.dataSrc ?? '')
      const src = url ? context.media(url) : undefined
      if (src) {
        const posterUrl = String(element.properties.dataPoster ?? '')
        const poster = posterUrl ? context.picture(posterUrl) : undefined
        result.media.push({ kind, src, ...(poster ? { poster } : {}) })
      } else result.missing.push(url || `[${kind}] without a file`)
      parent.children.splice(index, 1)
      return [SKIP, index]
    }
    if (element.tagName === 'video' || element.tagName === 'audio') {
      const source = element.children.find(
        (child): child is Element => child.type === 'element' && child.tagName === 'source',
      )
      const url = String(element.properties.src ?? source?.properties.src ?? '')
      const src = url ? context.media(url) : undefined
      if (src) result.media.push({ kind: element.tagName, src })
      else result.missing.push(url || `<${element.tagName}> without a file`)
      parent.children.splice(index, 1)
      return [SKIP, index]
    }
    if (
      ['form', 'input', 'button', 'select', 'textarea', 'object', 'embed', 'svg', 'math'].includes(
        element.tagName,
      )
    ) {
      result.dropped.push(`<${element.tagName}>`)
      parent.children.splice(index, 1)
      return [SKIP, index]
    }
    return undefined
  })

  const footnoteIds = new Map<string, string>()
  const mdast = unified()
    .use(rehypeRemark, {
      handlers: {
        h1: (state, node: Element) => {
          const result = {
            type: 'heading' as const,
            depth: 2 as const,
            children: state.all(node) as PhrasingContent[],
          }
          state.patch(node, result)
          return result
        },
        figure: (state, node: Element) => {
          const image = firstImage(node)
          if (!image) return state.all(node) as RootContent[]
          const picture = pictureOf(image)
          if (!picture) return undefined
          const caption = node.children.find(
            (child): child is Element => child.type === 'element' && child.tagName === 'figcaption',
          )
          const words = (caption ? textOf(caption) : (picture.known?.caption ?? ''))
            .replace(/\s+/g, ' ')
            .trim()
          const credit =
            picture.known?.credit && !words.includes(picture.known.credit)
              ? ` (${picture.known.credit})`
              : ''
          if (!words)
            return {
              type: 'paragraph',
              children: [{ type: 'image', url: picture.src, alt: picture.alt }],
            }
          return {
            type: 'html',
            value: `<figure>\n<img src="${escapeHtml(encodeURI(picture.src))}" alt="${escapeHtml(picture.alt)}">\n<figcaption>${escapeHtml(words + credit)}</figcaption>\n</figure>`,
          }
        },
        img: (_state, node: Element) => {
          const picture = pictureOf(node)
          return picture ? { type: 'image', url: picture.src, alt: picture.alt } : undefined
        },
        iframe: (_state, node: Element) => {
          const page = framePage(String(node.properties.src ?? ''))
          if (!page) {
            result.dropped.push(`<iframe src="${String(node.properties.src ?? '')}">`)
            return undefined
          }
          return {
            type: 'paragraph',
            children: [{ type: 'link', url: page, children: [{ type: 'text', value: page }] }],
          }
        },
        a: (state, node: Element) => {
          const href = String(node.properties.href ?? '').trim()
          const children = state.all(node) as PhrasingContent[]
          if (!href || !SAFE_LINK.test(href)) return children
          const link = { type: 'link' as const, url: context.link(href), children }
          state.patch(node, link)
          return link
        },
        sup: (state, node: Element) => {
          // The block editor's footnote mark: <sup data-fn="id"><a href="#id">1</a></sup>.
          const id = node.properties.dataFn
          if (id === undefined) return state.all(node) as PhrasingContent[]
          const label = String(footnoteIds.size + 1)
          footnoteIds.set(String(id), label)
          return { type: 'footnoteReference', identifier: label, label }
        },
        ol: (state, node: Element) => {
          if (!classes(node).includes('wp-block-footnotes')) return defaultHandlers.ol(state, node)
          return node.children.flatMap((item) => {
            if (item.type !== 'element' || item.tagName !== 'li') return []
            const label =
              footnoteIds.get(String(item.properties.id ?? '')) ?? String(footnoteIds.size + 1)
            const words = textOf(item).replace(/↩︎?/g, '').trim()
            return [
              {
                type: 'footnoteDefinition' as const,
                identifier: label,
                label,
                children: [
                  {
                    type: 'paragraph' as const,
                    children: [{ type: 'text' as const, value: words }],
                  },
                ],
              },
            ]
          })
        },
        p: (state, node: Element) => {
          // A provider's address alone on its line (WordPress's auto-embed): a link, so the site embeds it.
          const parts = lone(node.children)
          const only = parts[0]
          if (
            parts.length === 1 &&
            only?.type === 'text' &&
            /^https?:\/\/\S+$/.test(only.value.trim())
          ) {
            const url = only.value.trim()
            return {
              type: 'paragraph',
              children: [{ type: 'link', url, children: [{ type: 'text', value: url }] }],
            }
          }
          return defaultHandlers.p(state, node)
        },
        div: (state, node: Element) => {
          // The block editor's embed wrapper holds the address as text.
          if (classes(node).includes('wp-block-embed__wrapper')) {
            const url = textOf(node).trim()
            if (/^https?:\/\/\S+$/.test(url))
              return {
                type: 'paragraph',
                children: [{ type: 'link', url, children: [{ type: 'text', value: url }] }],
              }
          }
          return state.all(node) as RootContent[]
        },
      },
    })
    .runSync(tree) as MdastNodes

  result.markdown = unified()
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-', fences: true })
    .stringify(mdast as never)
    .trim()
  return result
}

/** Words for a picture's description when the old site had none: its file name's words. */
function altFromFile(src: string): string {
  const name = (src.split('/').pop() ?? src).replace(/\.[a-z0-9]+$/i, '').replace(/-\d+x\d+$/, '')
  return name.replace(/[-_]+/g, ' ').trim() || 'Picture'
}
