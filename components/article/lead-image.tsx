import type { ImageView } from '@/lib/newsroom/view-models'
import type { EditionContext } from '@/lib/site/edition'

type Props = {
  image: ImageView
  edition: EditionContext
}

/** The lead picture across the text column, with its caption and credit beneath. */
export function LeadImage({ image, edition }: Props) {
  return (
    <figure className="mt-6">
      {/* eslint-disable-next-line @next/next/no-img-element -- static export: no image optimizer */}
      <img
        src={image.src}
        alt={image.alt}
        width={image.width}
        height={image.height}
        fetchPriority="high"
        decoding="async"
        // The text column's width (max-w-3xl): the page step offers WebP widths by it.
        data-sizes="(min-width: 48rem) 48rem, 100vw"
        className="image-frame"
      />
      {(image.caption || image.credit) && (
        <figcaption className="mt-2 font-sans text-sm text-muted">
          {image.caption}
          {image.credit && (
            <span className="ms-1 text-xs tracking-wide uppercase">
              {edition.t.photo}: {image.credit}
            </span>
          )}
        </figcaption>
      )}
    </figure>
  )
}
