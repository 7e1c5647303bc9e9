/**
 * The import's report (`import-report.md`): counts per kind, then everything left out or changed
 * with why, every shortcode not converted and every picture not found, each naming the WordPress
 * item (id, type and title) so an editor can find it in either system.
 */
import type { WxrItem } from './wxr'

type Line = { item: string; what: string }

const MAX_LISTED = 10_000

export class ImportReport {
  private readonly counts = new Map<string, number>()
  private readonly notes: string[] = []
  private readonly lists = {
    skipped: [] as Line[],
    changed: [] as Line[],
    shortcodes: [] as Line[],
    missing: [] as Line[],
    kept: [] as Line[],
  }
  private oldAddresses = 0

  constructor(private readonly source: string) {}

  private static name(item: WxrItem): string {
    const title = item.title.replace(/\s+/g, ' ').trim().slice(0, 80) || '(no title)'
    return `${item.type || 'item'} ${item.id || '?'} “${title.replace(/[<>|`]/g, ' ')}” (line ${item.line})`
  }

  private add(list: keyof ImportReport['lists'], item: WxrItem, what: string) {
    this.count(list)
    if (this.lists[list].length < MAX_LISTED)
      this.lists[list].push({ item: ImportReport.name(item), what })
  }

  count(what: string, by = 1): void {
    this.counts.set(what, (this.counts.get(what) ?? 0) + by)
  }
  get(what: string): number {
    return this.counts.get(what) ?? 0
  }
  note(text: string): void {
    this.notes.push(text)
  }
  imported(kind: 'article' | 'page', status: string, how: 'new' | 'updated'): void {
    this.count(kind === 'article' ? 'stories' : 'pages')
    this.count(`${kind === 'article' ? 'stories' : 'pages'} ${status}`)
    this.count(how)
  }
  skip(item: WxrItem, why: string): void {
    this.add('skipped', item, why)
  }
  change(item: WxrItem, what: string): void {
    this.add('changed', item, what)
  }
  shortcode(item: WxrItem, name: string): void {
    this.add('shortcodes', item, `[${name}] kept as text`)
  }
  missing(item: WxrItem, url: string, why: string): void {
    this.add('missing', item, `${url}: ${why}`)
  }
  kept(item: WxrItem, why: string): void {
    this.add('kept', item, why)
  }
  addresses(count: number): void {
    this.oldAddresses = count
  }

  summary(): string {
    const get = (what: string) => this.get(what)
    return [
      `Imported from ${this.source}:`,
      `  ${get('stories')} stories (${get('stories published')} published, ${get('stories draft')} drafts, ${get('stories scheduled')} scheduled), ${get('pages')} pages`,
      `  ${get('new')} new, ${get('updated')} updated, ${get('unchanged')} unchanged, ${get('kept')} kept as edited here`,
      `  ${get('authors')} authors and ${get('sections')} sections added; ${this.oldAddresses} old addresses lead to the new ones`,
      `  ${get('skipped')} items left out, ${get('changed')} changes made, ${get('shortcodes')} shortcodes kept as text, ${get('missing')} files missing`,
    ].join('\n')
  }

  markdown(): string {
    const table = (lines: Line[], total: number) =>
      lines.length === 0
        ? 'None.\n'
        : `| item | what |\n| --- | --- |\n${lines.map((line) => `| ${line.item} | ${line.what.replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`).join('\n')}\n${total > lines.length ? `\n…and ${total - lines.length} more.\n` : ''}`
    const counts = [...this.counts.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([what, count]) => `| ${what} | ${count} |`)
    return [
      `# Import report: ${this.source}`,
      '',
      '```',
      this.summary(),
      '```',
      '',
      ...(this.notes.length
        ? [
            '## Notes',
            '',
            ...this.notes.map((note) =>
              note.includes('\n') ? `\`\`\`yaml\n${note}\`\`\`` : `- ${note}`,
            ),
            '',
          ]
        : []),
      '## Counts',
      '',
      '| kind | count |',
      '| --- | --- |',
      ...counts,
      `| old addresses | ${this.oldAddresses} |`,
      '',
      '## Left out',
      '',
      table(this.lists.skipped, this.get('skipped')),
      '## Changed on the way in',
      '',
      table(this.lists.changed, this.get('changed')),
      '## Shortcodes not converted',
      '',
      table(this.lists.shortcodes, this.get('shortcodes')),
      '## Files missing',
      '',
      table(this.lists.missing, this.get('missing')),
      '## Kept as edited here',
      '',
      table(this.lists.kept, this.get('kept')),
    ].join('\n')
  }
}
