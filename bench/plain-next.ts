/**
 * The yardstick for the build's speed: a plain Next + contentlayer2 static export of the same
 * generated stories, with the same kinds of pages (a front page, section and topic listings of 20
 * a page, story pages) and nothing else — no styling, checks, cards, search, fonts or finishing.
 * Written into its own workspace from the templates below, so nothing of it is part of the product.
 *
 *   npx tsx bench/plain-next.ts .test-builds/bench-2000     (the stories of a generated archive)
 */
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { isMain } from '../build/is-main'
import { bin, run } from '../build/run'
import { REPO } from '../tests/support/workspace'

const FILES: Record<string, string> = {
  'contentlayer.config.ts': `import { defineDocumentType, makeSource } from 'contentlayer2/source-files'

const Article = defineDocumentType(() => ({
  name: 'Article',
  filePathPattern: 'articles/**/*.md',
  fields: {
    title: { type: 'string', required: true },
    summary: { type: 'string', required: true },
    date: { type: 'date', required: true },
    section: { type: 'string', required: true },
    lang: { type: 'string', required: true },
    authors: { type: 'list', of: { type: 'string' } },
    tags: { type: 'list', of: { type: 'string' } },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\\.md$/, '') },
  },
}))

export default makeSource({
  contentDirPath: 'content',
  documentTypes: [Article],
  disableImportAliasWarning: true,
})
`,
  'next.config.mjs': `export default { output: 'export', trailingSlash: true }
`,
  'tsconfig.json': `${JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        lib: ['dom', 'ES2023'],
        strict: true,
        noEmit: true,
        module: 'esnext',
        moduleResolution: 'bundler',
        resolveJsonModule: true,
        isolatedModules: true,
        jsx: 'react-jsx',
        skipLibCheck: true,
        plugins: [{ name: 'next' }],
        paths: { 'contentlayer/generated': ['./.contentlayer/generated'] },
      },
      include: ['**/*.ts', '**/*.tsx', '.next/types/**/*.ts', '.contentlayer/generated'],
      exclude: ['node_modules'],
    },
    null,
    2,
  )}\n`,
  'lib/data.ts': `import { allArticles } from 'contentlayer/generated'

export const PER_PAGE = 20
export const articles = [...allArticles].sort((a, b) => b.date.localeCompare(a.date))
export const tagSlug = (tag: string) => tag.toLowerCase().replace(/\\s+/g, '-')
export const sections = [...new Set(articles.map((article) => article.section))]
export const tags = [...new Set(articles.flatMap((article) => (article.tags ?? []).map(tagSlug)))]

export const inSection = (section: string) => articles.filter((a) => a.section === section)
export const withTag = (tag: string) => articles.filter((a) => (a.tags ?? []).map(tagSlug).includes(tag))
export const pageCount = (count: number) => Math.max(1, Math.ceil(count / PER_PAGE))
export const pageOf = <T,>(items: T[], page: number) => items.slice((page - 1) * PER_PAGE, page * PER_PAGE)
`,
  'components/list.tsx': `import type { Article } from 'contentlayer/generated'

export function List({ title, items }: { title: string; items: Article[] }) {
  return (
    <main>
      <h1>{title}</h1>
      <ul>
        {items.map((a) => (
          <li key={a._id}>
            <a href={\`/\${a.section}/\${a.slug}/\`}>{a.title}</a> <p>{a.summary}</p>
          </li>
        ))}
      </ul>
    </main>
  )
}
`,
  'app/layout.tsx': `import type { ReactNode } from 'react'

export default function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
`,
  'app/page.tsx': `import { List } from '../components/list'
import { articles, pageOf } from '../lib/data'

export default function Front() {
  return <List title="Front" items={pageOf(articles, 1)} />
}
`,
  'app/[section]/page.tsx': `import { List } from '../../components/list'
import { inSection, pageOf, sections } from '../../lib/data'

export const dynamicParams = false
export const generateStaticParams = () => sections.map((section) => ({ section }))

export default async function Section({ params }: { params: Promise<{ section: string }> }) {
  const { section } = await params
  return <List title={section} items={pageOf(inSection(section), 1)} />
}
`,
  'app/[section]/page/[n]/page.tsx': `import { List } from '../../../../components/list'
import { inSection, pageCount, pageOf, sections } from '../../../../lib/data'

export const dynamicParams = false
export const generateStaticParams = () =>
  sections.flatMap((section) =>
    Array.from({ length: pageCount(inSection(section).length) }, (_, i) => ({ section, n: String(i + 1) })),
  )

export default async function SectionPage({ params }: { params: Promise<{ section: string; n: string }> }) {
  const { section, n } = await params
  return <List title={\`\${section}, page \${n}\`} items={pageOf(inSection(section), Number(n))} />
}
`,
  'app/[section]/[slug]/page.tsx': `import { articles } from '../../../lib/data'

export const dynamicParams = false
export const generateStaticParams = () => articles.map((a) => ({ section: a.section, slug: a.slug }))

export default async function Story({ params }: { params: Promise<{ section: string; slug: string }> }) {
  const { section, slug } = await params
  const article = articles.find((a) => a.section === section && a.slug === slug)
  if (!article) return null
  return (
    <article>
      <h1>{article.title}</h1>
      <p>{article.summary}</p>
      <time dateTime={article.date}>{article.date}</time>
      <div dangerouslySetInnerHTML={{ __html: article.body.html }} />
    </article>
  )
}
`,
  'app/tags/[tag]/page.tsx': `import { List } from '../../../components/list'
import { pageOf, tags, withTag } from '../../../lib/data'

export const dynamicParams = false
export const generateStaticParams = () => tags.map((tag) => ({ tag }))

export default async function Topic({ params }: { params: Promise<{ tag: string }> }) {
  const { tag } = await params
  return <List title={tag} items={pageOf(withTag(tag), 1)} />
}
`,
  'app/tags/[tag]/page/[n]/page.tsx': `import { List } from '../../../../../components/list'
import { pageCount, pageOf, tags, withTag } from '../../../../../lib/data'

export const dynamicParams = false
export const generateStaticParams = () =>
  tags.flatMap((tag) =>
    Array.from({ length: pageCount(withTag(tag).length) }, (_, i) => ({ tag, n: String(i + 1) })),
  )

export default async function TopicPage({ params }: { params: Promise<{ tag: string; n: string }> }) {
  const { tag, n } = await params
  return <List title={\`\${tag}, page \${n}\`} items={pageOf(withTag(tag), Number(n))} />
}
`,
}

export type PlainBuild = { seconds: number; pages: number; ok: boolean; output: string }

/** Builds the plain site over the stories of `archiveDir` (a generated archive's workspace). */
export async function buildPlainNext(archiveDir: string, name: string): Promise<PlainBuild> {
  const dir = path.join(REPO, '.test-builds', name)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), text)
  }
  // The generated stories only: not the one a republish adds (bench/archive-bench.ts).
  cpSync(path.join(archiveDir, 'content', 'articles'), path.join(dir, 'content', 'articles'), {
    recursive: true,
    filter: (source) => path.basename(source) !== 'republish',
  })
  symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'), 'junction')
  const env = { ...process.env, PWD: dir, NEXT_TELEMETRY_DISABLED: '1' }
  const started = performance.now()
  const content = await run(bin('contentlayer2'), ['build'], { cwd: dir, env, quiet: true })
  const next =
    content.code === 0
      ? await run(bin('next'), ['build'], { cwd: dir, env, quiet: true })
      : { code: 1, output: '' }
  const seconds = (performance.now() - started) / 1000
  const out = path.join(dir, 'out')
  const pages =
    next.code === 0
      ? readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))
          .length
      : 0
  return { seconds, pages, ok: next.code === 0, output: content.output + next.output }
}

if (isMain(import.meta.url)) {
  const archive = path.resolve(
    process.argv[2] ?? path.join(REPO, '.test-builds', 'bench-generated'),
  )
  const result = await buildPlainNext(archive, 'plain-next')
  if (!result.ok) {
    console.error(result.output)
    process.exit(1)
  }
  console.log(`plain Next + contentlayer2: ${result.seconds.toFixed(1)} s, ${result.pages} pages`)
}
