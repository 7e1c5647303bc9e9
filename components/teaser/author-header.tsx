import { ListingHeader } from '@/components/teaser/listing-header'
import type { AuthorView } from '@/lib/newsroom/view-models'
import { TextLink } from '@/components/ui/text-link'

type Props = { author: AuthorView; showBio: boolean }

/** Name, role, portrait, biography and links at the top of an author page. */
export function AuthorHeader({ author, showBio }: Props) {
  return (
    <ListingHeader kicker={author.role} title={author.name}>
      <div className="mt-4 flex gap-4">
        {author.avatar && (
          // eslint-disable-next-line @next/next/no-img-element -- static export: no image optimizer
          <img
            src={author.avatar.src}
            alt={author.avatar.alt}
            width={96}
            data-sizes="6rem"
            height={96}
            className="size-24 shrink-0 rounded-full bg-subtle object-cover"
          />
        )}
        {showBio && (
          <div>
            <div
              className="prose-news prose"
              dangerouslySetInnerHTML={{ __html: author.bioHtml }}
            />
            {author.links.length > 0 && (
              <ul className="mt-2 flex flex-wrap gap-3 font-sans text-sm">
                {author.links.map((link) => (
                  <li key={link.url}>
                    <TextLink href={link.url} rel="me noopener">
                      {link.label}
                    </TextLink>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </ListingHeader>
  )
}
