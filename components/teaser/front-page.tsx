import type { FrontPage as FrontPageModel } from '@/lib/newsroom/view-models'
import { JsonLd } from '@/components/seo/json-ld'
import { siteIdentity, type EditionContext } from '@/lib/site/edition'
import { websiteJsonLd } from '@/lib/outputs/structured-data'
import { SectionBlock } from './section-block'
import { StoryList } from './story-list'
import { StoryTeaser } from './story-teaser'

type Props = {
  front: FrontPageModel
  edition: EditionContext
}

/** Lead story with top stories beside it, then a band per section beside the latest column. */
export function FrontPage({ front, edition }: Props) {
  const { t } = edition
  return (
    <>
      <JsonLd data={[websiteJsonLd(siteIdentity(edition), edition.tagline)]} />
      <h1 className="sr-only">{edition.name}</h1>
      {front.lead ? (
        <div className="grid gap-8 border-b border-rule pb-8 lg:grid-cols-12">
          <div className="lg:col-span-8">
            <StoryTeaser article={front.lead} edition={edition} size="lead" headingLevel={2} />
          </div>
          <section
            aria-labelledby="top-stories"
            className="lg:col-span-4 lg:border-s lg:border-rule lg:ps-8"
          >
            <h2
              id="top-stories"
              className="mb-4 font-sans text-sm font-bold tracking-wide uppercase"
            >
              {t.topStories}
            </h2>
            <StoryList articles={front.topStories} edition={edition} size="top" />
          </section>
        </div>
      ) : (
        <p className="py-16 text-center text-muted">{t.noArticles}</p>
      )}
      <div className="mt-8 grid gap-10 lg:grid-cols-12">
        <div className="space-y-10 lg:col-span-9">
          {front.sectionBlocks.map((block) => (
            <SectionBlock
              key={block.section.slug}
              section={block.section}
              articles={block.articles}
              edition={edition}
            />
          ))}
        </div>
        {front.latest.length > 0 && (
          <section
            aria-labelledby="latest"
            className="lg:col-span-3 lg:border-s lg:border-rule lg:ps-6"
          >
            <h2 id="latest" className="mb-4 border-t-2 border-ink pt-3 font-sans text-lg font-bold">
              {t.latest}
            </h2>
            <StoryList articles={front.latest} edition={edition} size="compact" />
          </section>
        )}
      </div>
    </>
  )
}
