/**
 * The moment the site is built. Scheduled articles and the breaking-news window are measured
 * from it. build/build.ts sets NEWSROOM_BUILD_TIME once so every render worker agrees;
 * tests set it to build fixtures as of a known day.
 */
function readBuildTime(): Date {
  const configured = process.env.NEWSROOM_BUILD_TIME
  if (!configured) return new Date()
  const time = new Date(configured)
  if (Number.isNaN(time.getTime())) {
    throw new Error(
      `NEWSROOM_BUILD_TIME="${configured}" is not a date-time such as 2026-11-27T12:00:00Z`,
    )
  }
  return time
}

export const buildTime: Date = readBuildTime()

/**
 * Drafts and scheduled stories show in `npm run dev` and in a review copy
 * (`npm run build:preview`, build/stages/review-copy.ts) so editors can read them; never in the
 * published build.
 */
export const showsUnpublished: boolean =
  process.env.NODE_ENV === 'development' || process.env.NEWSROOM_PREVIEW === '1'
