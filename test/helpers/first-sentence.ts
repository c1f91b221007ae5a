/** The first sentence of a text, to find a step's words in a reply whatever follows them. */
export const first = (text: string): string => text.split(/[.!?]/)[0] ?? text;
