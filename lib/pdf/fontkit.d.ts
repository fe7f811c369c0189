// Minimal typing for fontkit (pdfkit's own font engine; it ships no types). We only parse a TTF once per
// process and hand the object to pdfkit, which accepts any font with a `layout` function.
declare module "fontkit" {
  export interface FontkitFont {
    postscriptName: string;
    layout(text: string, features?: unknown): unknown;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): FontkitFont;
}
