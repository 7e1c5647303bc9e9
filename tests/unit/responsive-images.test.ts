/**
 * Pictures that fit the screen: the widths offered, the markup written for each way of making
 * them, and what is left alone.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  DEFAULT_SIZES,
  pagePictures,
  serviceUrl,
  variantWidths,
  withResponsiveImages,
  type Variant,
} from '../../lib/finish/responsive-images'

const LEAD =
  '<img src="/media/2026/bridge.jpg" alt="The bridge" width="1600" height="900" fetchPriority="high" decoding="async" data-sizes="(min-width: 48rem) 48rem, 100vw" class="w-full"/>'
const PRELOAD =
  '<link rel="preload" href="/media/2026/bridge.jpg" as="image" fetchPriority="high"/>'
const variants = new Map<string, Variant[]>([
  [
    '/media/2026/bridge.jpg',
    [
      { width: 400, url: '/media/2026/bridge.400w.aaa.webp' },
      { width: 800, url: '/media/2026/bridge.800w.bbb.webp' },
    ],
  ],
])

describe('responsive pictures', () => {
  it('offers widths up to the original, never wider', () => {
    assert.deepEqual(variantWidths(1200), [400, 800, 1200])
    assert.deepEqual(variantWidths(3000), [400, 800, 1200, 1600])
    assert.deepEqual(variantWidths(320), [320])
    assert.deepEqual(variantWidths(800), [400, 800])
  })

  it('wraps a picture the build made copies of in <picture>, WebP first, the original as fallback', () => {
    const page = withResponsiveImages(`<head>${PRELOAD}</head><body>${LEAD}</body>`, {
      service: 'build',
      variants,
    })
    assert.ok(
      page.includes(
        '<picture><source type="image/webp" srcset="/media/2026/bridge.400w.aaa.webp 400w, /media/2026/bridge.800w.bbb.webp 800w" sizes="(min-width: 48rem) 48rem, 100vw"/><img src="/media/2026/bridge.jpg" alt="The bridge" width="1600" height="900" fetchPriority="high" decoding="async" class="w-full"/></picture>',
      ),
      page,
    )
    // The first screen's preload names the same copies, so a phone never fetches the original too.
    assert.ok(
      page.includes(
        '<link rel="preload" as="image" type="image/webp" imageSrcSet="/media/2026/bridge.400w.aaa.webp 400w, /media/2026/bridge.800w.bbb.webp 800w" imageSizes="(min-width: 48rem) 48rem, 100vw" fetchPriority="high"/>',
      ),
      page,
    )
    assert.doesNotMatch(page, /data-sizes/)
  })

  it("hands sizing to the host's image service when site.yml names one", () => {
    const widths = new Map([['/media/2026/bridge.jpg', 1000]])
    const page = withResponsiveImages(LEAD, { service: 'cloudflare', widths })
    assert.match(
      page,
      /srcset="\/cdn-cgi\/image\/width=400,format=auto\/media\/2026\/bridge\.jpg 400w, \/cdn-cgi\/image\/width=800,format=auto\/media\/2026\/bridge\.jpg 800w, \/cdn-cgi\/image\/width=1000,format=auto\/media\/2026\/bridge\.jpg 1000w" sizes="\(min-width: 48rem\) 48rem, 100vw"\/>$/,
    )
    assert.doesNotMatch(page, /<picture>/)
    assert.equal(
      serviceUrl('netlify', '/media/a b.jpg', 800),
      '/.netlify/images?url=%2Fmedia%2Fa%20b.jpg&w=800',
    )
    assert.equal(
      serviceUrl('vercel', '/images/x.jpg', 400),
      '/_vercel/image?url=%2Fimages%2Fx.jpg&w=400&q=75',
    )
  })

  it('leaves alone pictures from elsewhere, SVG drawings and pictures that already choose', () => {
    const others = [
      '<img src="https://elsewhere.example/a.jpg" alt="a"/>',
      '<img src="/images/logo.svg" alt="b"/>',
      '<img src="/media/c.jpg" srcset="/media/c.jpg 1x" alt="c"/>',
      '<img src="/media/unknown.jpg" alt="d"/>',
    ].join('')
    assert.equal(withResponsiveImages(others, { service: 'build', variants }), others)
    assert.deepEqual(pagePictures(others), ['/media/unknown.jpg'])
  })

  it('sizes a picture whose component did not say as the text column', () => {
    const page = withResponsiveImages('<img src="/media/2026/bridge.jpg" alt=""/>', {
      service: 'build',
      variants,
    })
    assert.match(page, new RegExp(`sizes="${DEFAULT_SIZES.replace(/[()]/g, '\\$&')}"`))
  })
})
