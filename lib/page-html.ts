/**
 * What the site changes in a page Next rendered, before the policy step hashes its scripts: pure
 * functions from page HTML to page HTML, so they can run on an exported folder or wherever a
 * page is rendered.
 */

/**
 * Next writes `<meta name="next-size-adjust">` for its own font loader, which this site does not
 * use (its faces come from @fontsource). Where the tag lands in <head> depends on how fast the
 * page's metadata resolved during the render, so two builds of the same content could differ in
 * its position alone. Nothing reads it: the tag goes.
 */
export function withoutSizeAdjustMeta(html: string): string {
  return html.replaceAll('<meta name="next-size-adjust" content=""/>', '')
}

/** A page as the site publishes it. */
export function finishedPage(html: string): string {
  return withoutSizeAdjustMeta(html)
}
