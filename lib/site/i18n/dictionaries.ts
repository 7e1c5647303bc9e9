import type { Dictionary } from './dictionary'
import { ar } from './ar'
import { en } from './en'

/** The editions the code can render. `content/site.yml` chooses which of them are published. */
export const dictionaries = { en, ar } as const satisfies Record<string, Dictionary>

export type EditionCode = keyof typeof dictionaries

export const editionCodes = Object.keys(dictionaries) as EditionCode[]

export function dictionaryFor(edition: EditionCode): Dictionary {
  return dictionaries[edition]
}
