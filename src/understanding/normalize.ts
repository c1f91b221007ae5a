/** Lower case, straight quotes and single spaces, accents kept (they tell a language apart). Linear in the length. */
export function lowerCased(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * One form for matching what people type: lower case, straight quotes, no accents (people often leave them out),
 * single spaces. Linear in the length of the text.
 */
export function normalize(text: string): string {
  return lowerCased(text.normalize('NFD').replace(/\p{M}/gu, ''));
}
