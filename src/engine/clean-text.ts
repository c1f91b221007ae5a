/**
 * Text the store cannot keep: Postgres refuses NUL characters and unpaired UTF-16 surrogates in text and jsonb (a
 * 500 that also put part of the message in the error log). Each channel's text is checked or cleaned before a turn.
 */
export type TextProblem = 'nul' | 'lone-surrogate';

/** ES2024 string methods Node 20 has; the project's TypeScript library is older */
type WellFormed = { isWellFormed(): boolean; toWellFormed(): string };

export function textProblem(text: string): TextProblem | null {
  if (text.includes('\u0000')) return 'nul';
  if (!(text as unknown as WellFormed).isWellFormed()) return 'lone-surrogate';
  return null;
}

/** The text without NUL characters, each unpaired surrogate replaced by U+FFFD (what a chat app shows for it). */
export function cleanText(text: string): string {
  return textProblem(text) === null ? text : (text.replaceAll('\u0000', '') as unknown as WellFormed).toWellFormed();
}
