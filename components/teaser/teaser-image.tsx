import type { ImageView } from '@/lib/newsroom/view-models'
import { cn } from '@/components/ui/cn'

type Props = {
  image: ImageView
  /** How wide the picture is shown, as an <img sizes> value: the build picks its widths by it */
  sizes: string
  priority?: boolean
  className?: string
}

/** A 16:9 crop of an article's lead image, with its space reserved before it loads. */
export function TeaserImage({ image, sizes, priority = false, className }: Props) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- static export: no image optimizer to route through
    <img
      src={image.src}
      alt={image.alt}
      width={image.width}
      height={image.height}
      loading={priority ? 'eager' : 'lazy'}
      decoding="async"
      fetchPriority={priority ? 'high' : undefined}
      // The page step (lib/finish/responsive-images.ts) turns it into `sizes` beside the WebP widths.
      data-sizes={sizes}
      className={cn('image-frame', className)}
    />
  )
}
