/** fontverter ships no types: converts font files between woff2, woff and TrueType (sfnt). */
declare module 'fontverter' {
  const fontverter: {
    convert(buffer: Uint8Array, format: 'truetype' | 'sfnt' | 'woff' | 'woff2'): Promise<Buffer>
  }
  export default fontverter
}
