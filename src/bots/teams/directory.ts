import type { Engine } from '../../engine/engine.js';
import { TEAMS_CHANNEL } from './conversation.js';

/** A person who has chatted with the bot 1:1, so the bot can message them again (an admin, say). */
export interface TeamsMember {
  userId: string;
  aadObjectId: string | null;
  name: string | null;
  email: string | null;
  /** the 1:1 conversation reference (JSON-compatible) */
  reference: Record<string, unknown>;
}

const memberKey = (userId: string) => `member:${userId}`;
const emailKey = (email: string) => `email:${email.toLowerCase()}`;
const conversationKey = (id: string) => `conversation:${id}`;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function asMember(record: Record<string, unknown> | null): TeamsMember | null {
  if (!record || typeof record.userId !== 'string' || typeof record.reference !== 'object' || record.reference === null) return null;
  return {
    userId: record.userId,
    aadObjectId: text(record.aadObjectId),
    name: text(record.name),
    email: text(record.email),
    reference: record.reference as Record<string, unknown>,
  };
}

/** Where the directory keeps what it knows: the engine's channel contacts (or a store, which has the same two methods). */
export type ContactBook = Pick<Engine, 'findContact' | 'rememberContact'>;

/**
 * What the Teams channel remembers besides sessions: people reachable 1:1 (found by their email or UPN) and the
 * service URL of each conversation the bot has heard from. Kept in the shared store, so every instance on one
 * database knows them.
 */
export class TeamsDirectory {
  constructor(private readonly store: ContactBook) {}

  private async member(userId: string): Promise<TeamsMember | null> {
    return asMember(await this.store.findContact(TEAMS_CHANNEL, memberKey(userId)));
  }

  private async save(member: TeamsMember, now: number): Promise<void> {
    await this.store.rememberContact(TEAMS_CHANNEL, memberKey(member.userId), { ...member }, now);
    if (member.email) await this.store.rememberContact(TEAMS_CHANNEL, emailKey(member.email), { userId: member.userId }, now);
  }

  /** Records (or refreshes) a member's 1:1 conversation; what is already known is kept when nothing new is given. */
  async rememberMember(member: TeamsMember, now = Date.now()): Promise<void> {
    const known = await this.member(member.userId);
    await this.save(
      {
        userId: member.userId,
        aadObjectId: member.aadObjectId ?? known?.aadObjectId ?? null,
        name: member.name ?? known?.name ?? null,
        email: member.email?.toLowerCase() ?? known?.email ?? null,
        reference: member.reference,
      },
      now,
    );
  }

  async hasEmail(userId: string): Promise<boolean> {
    return Boolean((await this.member(userId))?.email);
  }

  async setEmail(userId: string, email: string, now = Date.now()): Promise<void> {
    const known = await this.member(userId);
    if (known) await this.save({ ...known, email: email.toLowerCase() }, now);
  }

  async findByEmail(email: string): Promise<TeamsMember | null> {
    const index = await this.store.findContact(TEAMS_CHANNEL, emailKey(email));
    if (typeof index?.userId !== 'string') return null;
    const member = await this.member(index.userId);
    // the address may have moved to someone else since
    return member?.email === email.toLowerCase() ? member : null;
  }

  async rememberConversation(id: string, serviceUrl: string, now = Date.now()): Promise<void> {
    await this.store.rememberContact(TEAMS_CHANNEL, conversationKey(id), { serviceUrl }, now);
  }

  async serviceUrlFor(id: string): Promise<string | null> {
    return text((await this.store.findContact(TEAMS_CHANNEL, conversationKey(id)))?.serviceUrl);
  }
}
