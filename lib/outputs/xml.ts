/**
 * Characters XML 1.0 cannot carry at all (most C0 controls, U+FFFE, U+FFFF, lone surrogates):
 * one of them makes a whole feed or sitemap unreadable. Content files holding them are refused
 * (lib/content/text.ts); this is the last guard for text from anywhere else.
 */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export function xmlText(text: string): string {
  return text.replace(NOT_XML, '')
}
