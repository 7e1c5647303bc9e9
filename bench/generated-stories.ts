/**
 * The benchmarks' synthetic stories, one generator for both forms they take: markdown files for a
 * real build (bench/generate-archive.ts) and Contentlayer's documents for an archive simulated past
 * the content step (bench/edge-bench.ts). Story `index` is the same story in both.
 */
import type { ArticleDocument } from '../lib/newsroom/model'
import { BENCH_BUILD_TIME } from './bench-time'

const PARAGRAPH =
  'The council met on Tuesday to discuss the plan, which officials say will take two years to complete and cost less than the previous estimate. '

export type GeneratedStory = {
  slug: string
  sourceFile: string
  title: string
  summary: string
  date: string
  section: string
  lang: 'en' | 'ar'
  authors: string[]
  tags: string[]
  /** Paragraphs in order, every third under a subheading. */
  parts: { heading?: string; text: string }[]
}

export type StoryChoices = {
  sections: readonly string[]
  authors: readonly string[]
  /** How many topics the stories are spread over. */
  topics: number
}

export function generatedStory(
  index: number,
  { sections, authors, topics }: StoryChoices,
): GeneratedStory {
  return {
    slug: `generated-story-${index}`,
    sourceFile: `content/articles/${Math.floor(index / 500)}/generated-story-${index}.md`,
    title: `Generated story number ${index} about the council plan`,
    summary: `A generated story for the benchmark, number ${index}.`,
    date: new Date(Date.parse(BENCH_BUILD_TIME) - (index + 1) * 3_600_000 * 5)
      .toISOString()
      .replace('.000Z', '+00:00'),
    section: sections[index % sections.length] ?? 'news',
    // A third of the stories in the Arabic edition, as in a bilingual newsroom.
    lang: index % 3 === 2 ? 'ar' : 'en',
    authors: [authors[index % authors.length] ?? 'staff'],
    tags: [`Topic ${index % topics}`, `Topic ${(index * 7) % topics}`],
    parts: Array.from({ length: 3 + (index % 8) }, (_, part) =>
      part % 3 === 2 ? { heading: `Part ${part}`, text: PARAGRAPH } : { text: PARAGRAPH.repeat(2) },
    ),
  }
}

/** The story as an editor's markdown file. */
export function storyMarkdown(story: GeneratedStory): string {
  const body = story.parts
    .map((part) => (part.heading ? `## ${part.heading}\n\n${part.text}` : part.text))
    .join('\n\n')
  return [
    '---',
    `title: ${story.title}`,
    `summary: ${story.summary}`,
    `date: ${story.date}`,
    `section: ${story.section}`,
    `lang: ${story.lang}`,
    `authors: [${story.authors.join(', ')}]`,
    `tags: [${story.tags.join(', ')}]`,
    '---',
    body,
    '',
  ].join('\n')
}

/** The story as Contentlayer hands it to the newsroom model, the body already HTML. */
export function storyDocument(story: GeneratedStory): ArticleDocument {
  const { parts, ...fields } = story
  return {
    ...fields,
    draft: false,
    featured: false,
    breaking: false,
    readingMinutes: 1,
    body: {
      html: parts
        .map((part) =>
          part.heading
            ? `<h2 id="${part.heading.toLowerCase().replace(' ', '-')}">${part.heading}</h2>\n<p>${part.text}</p>`
            : `<p>${part.text}</p>`,
        )
        .join('\n'),
    },
  }
}
