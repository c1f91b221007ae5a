import type { SessionRecord } from '../store/store.js';

/** Requester keys of people no chat workspace vouches for (a web client, an unknown session). */
export const ANONYMOUS_PREFIXES = ['web:', 'session:'] as const;

/**
 * Who is asking for a live check, for its per-person limit: the Slack user, the Teams user, or the web client (a
 * digest of its address, kept in the session's meta); a session none of these is known for counts on its own.
 * Keyed by person, a new session per check no longer gets a new allowance.
 */
export function personKey(session: SessionRecord): string {
  const meta = session.meta;
  const teams = meta.teams as { reference?: { user?: { id?: unknown } } } | undefined;
  if (session.channel === 'slack' && typeof meta.slackUser === 'string') return `slack:${meta.slackUser}`;
  if (session.channel === 'teams' && typeof teams?.reference?.user?.id === 'string') return `teams:${teams.reference.user.id}`;
  if (session.channel === 'web' && typeof meta.webClient === 'string') return `web:${meta.webClient}`;
  return `session:${session.id}`;
}
