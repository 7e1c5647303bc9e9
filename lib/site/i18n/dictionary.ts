/**
 * Every interface string the reader sees, per edition. A new edition adds one file that
 * satisfies this type, so a missing string fails the type check instead of showing English.
 */
export type Dictionary = {
  home: string
  /** Between items on one line: a middle dot in English; in Arabic it would read as the digit zero (٠) */
  separator: string
  skipToContent: string
  sections: string
  allSections: string
  menu: string
  breaking: string
  topStories: string
  latest: string
  more: (section: string) => string
  by: string
  and: string
  published: string
  /** "27 November 2026, 14:30" + "Baghdad" → "27 November 2026, 14:30 Baghdad time" */
  timeIn: (dateTime: string, city: string) => string
  updated: string
  /** `count` chooses the plural form; `minutes` is the count in the edition's digits */
  minRead: (count: number, minutes: string) => string
  basedOnReportBy: string
  tags: string
  tagTitle: (tag: string) => string
  related: string
  corrections: string
  correctionOn: (date: string) => string
  opinion: string
  breadcrumb: string
  pagination: string
  previousPage: string
  nextPage: string
  /** The dates a numbered listing page's stories span, its oldest first */
  pageDates: (from: string, to: string) => string
  articlesBy: (name: string) => string
  noArticles: string
  footerAbout: string
  editions: string
  notFoundTitle: string
  notFoundText: string
  notFoundHome: string
  photo: string
  draft: string
  scheduled: string
  search: SearchLabels
  share: ShareLabels
  live: LiveLabels
  embeds: EmbedLabels
  gallery: GalleryLabels
  media: MediaLabels
  feeds: string
  /** The link to a section's RSS feed, on its front */
  sectionFeed: (section: string) => string
}

/** Strings of the search box and page; plain strings, since the results list runs in the browser. */
export type SearchLabels = {
  title: string
  /** The accessible name of the search box */
  label: string
  submit: string
  /** Names the search page's own form, apart from the masthead's */
  again: string
  /** Shown with JavaScript off: the results are found in the browser */
  needsJavaScript: string
  searching: string
  /** "{query}" is replaced by what the reader typed */
  resultsFor: string
  noResults: string
  /** The index is written by `npm run build`; `npm run dev` has none */
  unavailable: string
}

/** A live page's labels (docs/live-coverage.md). */
export type LiveLabels = {
  /** The red label of a page still being updated, and of its teasers */
  live: string
  ended: string
  keyPoints: string
  keyEvents: string
  pinned: string
  updates: string
  /** `count` chooses the plural form; `digits` is the count in the edition's numerals */
  updateCount: (count: number, digits: string) => string
  lastUpdate: string
  /** Before the time the coverage ended */
  coverageEnded: string
  newer: string
  older: string
  /** "{n} new updates", by plural form (Intl.PluralRules): the notice the island shows */
  newUpdates: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }
}

/** An embed's card (components/embeds/embed-card.tsx); `provider` is its name: "YouTube". */
export type EmbedLabels = {
  /** The button that loads the player, shown only with JavaScript */
  load: (provider: string) => string
  /** What loading it means for the reader's privacy, beside the button */
  privacy: (provider: string) => string
  /** The link to the source, which works without JavaScript */
  open: (provider: string) => string
  /** The card's title when nothing else is known of the post */
  untitled: (provider: string) => string
  /** A map's card */
  map: string
}

/** A story's gallery (components/article/photo-gallery.tsx); numbers come in the edition's numerals. */
export type GalleryLabels = {
  heading: string
  /** "Picture 3 of 6": names the full view and its place in the gallery */
  position: (index: string, count: string) => string
  previous: string
  next: string
  /** Back to the grid */
  close: string
}

/** A story's own video and recording (components/article/story-video.tsx, story-audio.tsx). */
export type MediaLabels = {
  video: string
  audio: string
  /** The link inside the player, for a browser that cannot play it; `size` is "1.2 MB" */
  download: (size: string) => string
  /** The link to a recording's words (its WebVTT file) */
  transcript: string
}

export type ShareLabels = {
  heading: string
  x: string
  facebook: string
  whatsapp: string
  telegram: string
  email: string
}
