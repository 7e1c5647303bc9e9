import { otherEditions, type EditionContext } from '@/lib/site/edition'
import { editionUrl } from '@/lib/site/routes'
import { TextLink } from '@/components/ui/text-link'

type Props = { edition: EditionContext }

/**
 * The 404 text. One 404 page serves the whole site, so it speaks every edition: the default
 * edition first, then each other edition in its own language and direction.
 */
export function NotFoundMessage({ edition }: Props) {
  const others = otherEditions(edition)
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16">
      <p className="font-serif text-2xl font-bold">
        <a href={editionUrl(edition.code)}>{edition.name}</a>
      </p>
      <h1 className="mt-10 font-headline text-4xl font-bold">{edition.t.notFoundTitle}</h1>
      <p className="mt-4 text-lg">{edition.t.notFoundText}</p>
      <p className="mt-4 font-sans">
        <TextLink href={editionUrl(edition.code)}>{edition.t.notFoundHome}</TextLink>
      </p>
      {others.map((other) => (
        <section
          key={other.code}
          lang={other.code}
          dir={other.dir}
          className="mt-12 border-t border-rule pt-8"
        >
          <h2 className="font-headline text-2xl font-bold">{other.t.notFoundTitle}</h2>
          <p className="mt-3">{other.t.notFoundText}</p>
          <p className="mt-3 font-sans">
            <TextLink href={editionUrl(other.code)}>
              {other.t.notFoundHome}: {other.name}
            </TextLink>
          </p>
        </section>
      ))}
    </main>
  )
}
