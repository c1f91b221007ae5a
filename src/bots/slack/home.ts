import type { SlackContent } from '../../content/slack.en.js';
import type { SessionRecord } from '../../store/store.js';
import { contextBlock, inputModal, sectionBlock, type Block } from './blocks.js';
import { placeOf, USER_META_KEY, type SlackDeps } from './conversation.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { ACTIONS, SLACK_CHANNEL, VIEWS } from './registrations.js';

const OPEN: ReadonlyArray<SessionRecord['status']> = ['active', 'waiting'];

export function homeView(content: SlackContent, sessions: SessionRecord[]) {
  const open = sessions.filter((s) => OPEN.includes(s.status));
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: content.home.title } },
    sectionBlock(escapeMrkdwn(content.home.intro)),
    {
      type: 'actions',
      block_id: 'mbd_home_actions',
      elements: [
        { type: 'button', action_id: ACTIONS.homeStart, style: 'primary', text: { type: 'plain_text', text: content.home.startButton } },
        { type: 'button', action_id: ACTIONS.openAddressModal, value: '', text: { type: 'plain_text', text: content.home.addressButton } },
      ],
    },
    { type: 'divider' },
    { type: 'header', text: { type: 'plain_text', text: content.home.openHeading } },
  ];
  if (open.length === 0) blocks.push(contextBlock(escapeMrkdwn(content.home.noneOpen)));
  for (const session of open) {
    const place = placeOf(session);
    const seconds = Math.floor(session.updatedAt / 1000);
    const fallback = new Date(session.updatedAt).toISOString().slice(0, 16).replace('T', ' ');
    const where = place ? content.home.where(place.channel, place.threadTs === null) : '';
    blocks.push(sectionBlock(`*${escapeMrkdwn(content.home.status[session.status])}* ${where}\n${content.home.updated(seconds, fallback)}`));
  }
  return { type: 'home' as const, blocks };
}

/** Shows a person the App Home with their open conversations. */
export async function publishHome(deps: SlackDeps, team: string, user: string): Promise<void> {
  const sessions = await deps.engine.sessionsWithMeta(SLACK_CHANNEL, USER_META_KEY, `${team}:${user}`, 20);
  await deps.api.publishHome(user, homeView(deps.content, sessions));
}

/** The modal where a person types the address; `sessionId` is empty when it was opened from the App Home. */
export function addressModal(content: SlackContent, sessionId: string) {
  const m = content.addressModal;
  const element = { type: 'email_text_input' as const, action_id: 'address', placeholder: { type: 'plain_text' as const, text: m.placeholder } };
  return inputModal(VIEWS.addressModal, sessionId, m, { blockId: 'mbd_address', element, hint: m.hint });
}
