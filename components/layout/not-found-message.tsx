import Link from 'next/link'
import { getEdition, type EditionContext } from '@/lib/edition'
import { editionUrl } from '@/lib/routes'
import { publishedEditions } from '@/lib/site'

type Props = { edition: EditionContext }

/** The 404 text, with a way back to the front page of every edition. */
export function NotFoundMessage({ edition }: Props) {
  const { t } = edition
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16">
      <p className="font-headline text-2xl font-bold">
        <Link href={editionUrl(edition.code)}>{edition.name}</Link>
      </p>
      <h1 className="font-headline mt-10 text-4xl font-bold">{t.notFoundTitle}</h1>
      <p className="mt-4 text-lg">{t.notFoundText}</p>
      <ul className="mt-8 space-y-2 font-sans">
        {publishedEditions.map(getEdition).map((other) => (
          <li key={other.code} lang={other.code} dir={other.dir}>
            <Link href={editionUrl(other.code)} className="text-link underline">
              {other.t.notFoundHome}: {other.name}
            </Link>
          </li>
        ))}
      </ul>
    </main>
  )
}
