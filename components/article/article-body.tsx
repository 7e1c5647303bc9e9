type Props = {
  /** HTML from the markdown pipeline, already sanitized in lib/content/markdown.ts */
  html: string
  /** A live page's update: closer to its heading */
  compact?: boolean
}

/** The story itself, set with the typography plugin. */
export function ArticleBody({ html, compact = false }: Props) {
  return (
    <div
      className={`prose-news prose prose-lg ${compact ? 'mt-3' : 'mt-8'} max-w-none font-serif prose-headings:font-serif prose-headings:font-bold prose-a:underline prose-img:w-full`}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  )
}
