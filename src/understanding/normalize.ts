/**
 * One form for matching what people type: lower case, straight quotes, no accents (people often leave them out),
 * single spaces. Linear in the length of the text.
 */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”«»]/g, '"')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
