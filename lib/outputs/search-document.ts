/**
 * What Pagefind indexes of a story. The rendered article page marks it with data-pagefind
 * attributes (components/article/article-page.tsx, article-header.tsx); a story the export does
 * not hold (edge mode renders it in the Worker) is indexed from this document instead, with the
 * same parts, weights and result fields, so search covers the whole archive.
 */
import escapeHtml from 'escape-html'
import type { ArticleDetail } from '../newsroom/view-models'

/** A `data-pagefind-meta` value; Pagefind splits several on commas. */
export const searchMeta = (key: string, value: string) => `${key}:${value.replace(/,/g, ' ')}`

/** The story as Pagefind reads its page: headline, standfirst and body, with their result fields. */
export function searchDocument(article: ArticleDetail, lang: string, dateText: string): string {
  const attribute = (value: string) => escapeHtml(value)
  return [
    `<!DOCTYPE html><html lang="${attribute(lang)}"><body>`,
    `<article data-pagefind-body data-pagefind-meta="${attribute(searchMeta('section', article.section.title))}">`,
    `<h1 data-pagefind-meta="title" data-pagefind-weight="10">${escapeHtml(article.title)}</h1>`,
    `<p data-pagefind-meta="standfirst" data-pagefind-weight="5">${escapeHtml(article.summary)}</p>`,
    `<div data-pagefind-meta="${attribute(searchMeta('date', dateText))}">${article.bodyHtml}</div>`,
    '</article></body></html>',
  ].join('')
}
