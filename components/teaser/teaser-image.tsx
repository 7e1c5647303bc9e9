import type { ImageView } from '@/lib/content-types'
import { cn } from '@/lib/cn'

type Props = {
  image: ImageView
  priority?: boolean
  className?: string
}

/** A 16:9 crop of an article's lead image, with its space reserved before it loads. */
export function TeaserImage({ image, priority = false, className }: Props) {
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
      className={cn('aspect-video w-full bg-subtle object-cover', className)}
    />
  )
}
