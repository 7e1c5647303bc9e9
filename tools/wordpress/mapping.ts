/**
 * The mapping file (`wordpress-mapping.yml`): what the editor decides about an import, written
 * with defaults on the first run and read on every later one. WordPress languages → editions,
 * categories → sections (or `topic`: the category becomes a tag), users → author files, where the
 * old site kept its category, tag and author pages, and whose credit a picture without one gets.
 */
import { parse as parseYaml, stringify } from 'yaml'
import { z } from 'zod'

const mappingSchema = z
  .object({
    languages: z.record(z.string(), z.string()).default({}),
    categories: z.record(z.string(), z.string()).default({}),
    defaultSection: z.string().min(1),
    authors: z.record(z.string(), z.string()).default({}),
    addresses: z
      .object({
        category: z.string().default('/category/'),
        tag: z.string().default('/tag/'),
        author: z.string().default('/author/'),
      })
      .strict()
      .default({ category: '/category/', tag: '/tag/', author: '/author/' }),
    pictureCredit: z.string().min(1),
  })
  .strict()

export type ImportMapping = z.infer<typeof mappingSchema>

/** The word that makes a category a topic (a tag) instead of a section. */
export const TOPIC = 'topic'

export function parseMapping(text: string, file: string): ImportMapping {
  let data: unknown
  try {
    data = parseYaml(text)
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`)
  }
  const parsed = mappingSchema.safeParse(data)
  if (!parsed.success)
    throw new Error(
      parsed.error.issues
        .map((issue) => `${file}: ${issue.path.join('.') || '(top)'}: ${issue.message}`)
        .join('\n'),
    )
  return parsed.data
}

export function mappingText(mapping: ImportMapping): string {
  return (
    '# What `npm run import:wordpress` does with the export. Adjust, then run the import again.\n' +
    '# languages: WordPress language code → edition. categories: category slug → section slug,\n' +
    '# or "topic" to make it a tag (a section that does not exist yet is created from the category).\n' +
    '# authors: user login → author slug. addresses: where the old site kept these pages.\n' +
    '# pictureCredit: said of a gallery picture the old site gave no credit.\n' +
    stringify(mapping)
  )
}
