import { pathToFileURL } from 'node:url'

/** Whether the module at `moduleUrl` was started as the script (`tsx tools/x.ts`), on any system. */
export function isMain(moduleUrl: string): boolean {
  const script = process.argv[1]
  return script !== undefined && pathToFileURL(script).href === moduleUrl
}
