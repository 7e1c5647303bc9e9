/**
 * The files the site is made from besides its content: the build ID hashes them (with content/
 * and the build time), and test and benchmark workspaces copy them. One list, so the two cannot
 * drift apart.
 */
export const CODE_INPUTS = [
  'app',
  'components',
  'lib',
  'types',
  'build',
  'tools',
  'public',
  'patches',
  'edge',
  'contentlayer.config.ts',
  'next.config.ts',
  'open-next.config.ts',
  'wrangler.archive.jsonc',
  'postcss.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
] as const
