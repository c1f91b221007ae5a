import type { HandoffChannel } from '../store/helpdesk-records.js';

export interface AppIds {
  slackAppId?: string | undefined;
  slackTeamId?: string | undefined;
  teamsAppId?: string | undefined;
}

/** What a person types to the bot to pick up a handoff (the word is recognition vocabulary, not prose). */
export const claimMessage = (code: string): string => `start ${code}`;

const CLAIM = /\b([A-HJ-NP-Z2-9]{8})\b/;

/** The claim code in a message such as "start K7Q2M9XA", for the Slack and Teams channels. */
export function findClaimCode(text: string): string | null {
  return CLAIM.exec(text.toUpperCase())?.[1] ?? null;
}

/**
 * A link that opens the assistant in the app: Slack's app_redirect opens the app's messages with the person,
 * Teams' chat link opens a chat with the bot (28:<app id>) with the claim message already typed.
 * Null when the app ids are not configured.
 */
export function appDeepLink(channel: Exclude<HandoffChannel, 'web'>, code: string, ids: AppIds): string | null {
  if (channel === 'slack') {
    if (!ids.slackAppId) return null;
    const url = new URL('https://slack.com/app_redirect');
    url.searchParams.set('app', ids.slackAppId);
    if (ids.slackTeamId) url.searchParams.set('team', ids.slackTeamId);
    return url.toString();
  }
  if (!ids.teamsAppId) return null;
  const url = new URL('https://teams.microsoft.com/l/chat/0/0');
  url.searchParams.set('users', `28:${ids.teamsAppId}`);
  url.searchParams.set('message', claimMessage(code));
  return url.toString();
}
