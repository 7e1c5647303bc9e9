import type { GalleryPhotoView } from '@/lib/newsroom/view-models'
import { numberForEdition, type EditionContext } from '@/lib/site/edition'
import { photoAnchor } from '@/lib/site/routes'

type Props = {
  photos: readonly GalleryPhotoView[]
  edition: EditionContext
}

/**
 * A story's pictures as a grid; each opens full size at its own address (`#photo-3`) with no
 * script: the full view is the page's `:target`, drawn over the page, with links to the pictures
 * either side and back to the grid, so Tab and Enter move through it and the browser's Back
 * closes it. The full-size pictures are lazy and hidden until opened, so the grid alone is
 * fetched with the page.
 */
export function PhotoGallery({ photos, edition }: Props) {
  const t = edition.t.gallery
  const count = numberForEdition(edition, photos.length)
  const position = (index: number) => t.position(numberForEdition(edition, index + 1), count)
  return (
    <section
      id="gallery"
      aria-labelledby="gallery-heading"
      data-pagefind-ignore="all"
      className="mt-10 border-t border-rule pt-6"
    >
      <h2 id="gallery-heading" className="font-serif text-2xl font-bold">
        {t.heading}
      </h2>
      <ul className="mt-4 grid grid-cols-2 gap-2 sm:grid-cols-3">
        {photos.map((photo, index) => (
          <li key={photo.src + index}>
            <a
              href={`#${photoAnchor(index + 1)}`}
              aria-label={`${position(index)}: ${photo.alt}`}
              className="block focus-visible:outline-4 focus-visible:outline-offset-2"
            >
              {/* eslint-disable-next-line @next/next/no-img-element -- static export: no image optimizer */}
              <img
                src={photo.src}
                alt=""
                width={photo.width}
                height={photo.height}
                loading="lazy"
                decoding="async"
                // A third of the text column, or half a phone's screen.
                data-sizes="(min-width: 48rem) 16rem, 50vw"
                className="aspect-[4/3] w-full bg-subtle object-cover"
              />
            </a>
          </li>
        ))}
      </ul>
      {photos.map((photo, index) => (
        <figure
          key={photo.src + index}
          id={photoAnchor(index + 1)}
          aria-label={position(index)}
          className="photo-view"
        >
          {/* eslint-disable-next-line @next/next/no-img-element -- static export: no image optimizer */}
          <img
            src={photo.src}
            alt={photo.alt}
            width={photo.width}
            height={photo.height}
            loading="lazy"
            decoding="async"
            data-sizes="100vw"
            className="max-h-[75vh] w-auto max-w-full object-contain"
          />
          <figcaption className="max-w-3xl font-sans text-sm">
            {photo.caption}
            <span className="ms-1 text-xs tracking-wide text-white/75 uppercase">
              {`${edition.t.photo}: ${photo.credit}`}
            </span>
          </figcaption>
          <p className="flex items-center gap-4 font-sans text-sm font-bold">
            {index > 0 && (
              <a href={`#${photoAnchor(index)}`} className="underline">
                {t.previous}
              </a>
            )}
            <span aria-hidden="true" className="font-normal text-white/75">
              {`${numberForEdition(edition, index + 1)} / ${count}`}
            </span>
            {index < photos.length - 1 && (
              <a href={`#${photoAnchor(index + 2)}`} className="underline">
                {t.next}
              </a>
            )}
            <a href="#gallery" className="underline">
              {t.close}
            </a>
          </p>
        </figure>
      ))}
    </section>
  )
}
