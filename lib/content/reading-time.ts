/** Words a reader gets through in a minute; a common newsroom figure for screen reading. */
export const WORDS_PER_MINUTE = 220

/** Counts words in any script: runs of letters or digits (Arabic included), ignoring markdown punctuation. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu)?.length ?? 0
}

/** Whole minutes, at least one, so even a brief says "1 min read". */
export function readingMinutes(text: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(countWords(text) / wordsPerMinute))
}
