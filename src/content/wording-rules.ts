import type { ViewKey } from '../machine/view-keys.js';
import type { ContentSettings, Prose } from './types.js';

/** Basic authentication for SMTP AUTH is switched off by default in Exchange Online from the end of December 2026. */
export const BASIC_AUTH_CHANGE_DATE = new Date('2026-12-31T00:00:00Z');

/** Whether the December 2026 change has happened at the time of speaking (the words change tense). */
export function basicAuthChanged(settings: ContentSettings): boolean {
  return settings.now >= BASIC_AUTH_CHANGE_DATE;
}

/** States that name Close's Connected Accounts page in full. */
const NAMES_ACCOUNTS: readonly ViewKey[] = [
  'askingCloseStatus',
  'askingReconnectResult',
  'explainingBasicAuthChange',
  'readdingAccount',
  'enablingImap',
  'askingSyncResult',
];

/** Close's Connected Accounts page is explained once per conversation, in every language, and named short after that. */
export function accountsNamedBefore(settings: ContentSettings): boolean {
  return settings.seen?.some((key) => NAMES_ACCOUNTS.includes(key)) ?? false;
}

/** A check report given as a remark: its text and steps, one per line. */
export function reportAsRemark(report: Prose): string {
  return [report.text, ...(report.steps ?? [])].join('\n');
}
