import { answeredBlocks, contextBlock, quoteBlock, sectionBlock, type Block } from './blocks.js';
import { placeOf, postTurn, targetOf, type Place, type SlackDeps } from './conversation.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { ACTIONS } from './registrations.js';

export interface AdminPick {
  requester: string;
  admin: string;
  sessionId: string;
  /** where the picker was clicked, for a note to the requester if it can't be done */
  place: Place;
}

/** The admin's direct message: who asked, the exact steps, and a Done button that continues the requester's thread. */
export function adminMessage(deps: SlackDeps, requester: string, sessionId: string, steps: string): Block[] {
  return [
    sectionBlock(deps.content.admin.intro(requester)),
    quoteBlock(steps),
    {
      type: 'actions',
      block_id: 'mbd_admin_done',
      elements: [
        {
          type: 'button',
          style: 'primary',
          action_id: ACTIONS.adminDone,
          text: { type: 'plain_text', text: deps.content.admin.doneButton },
          value: JSON.stringify({ s: sessionId }),
        },
      ],
    },
  ];
}

/** A person who is not the admin picked their admin: send the admin the steps and say so in the thread. */
export async function handOffToAdmin(deps: SlackDeps, pick: AdminPick): Promise<void> {
  const note = (text: string) => deps.api.ephemeral(targetOf(pick.place), pick.requester, text);
  if (pick.admin === pick.requester) {
    await note(deps.content.admin.pickedSelf);
    return;
  }
  const current = await deps.engine.current(pick.sessionId);
  const forward = current?.presentation.forward;
  if (!current || current.view.key !== 'bringingInAdmin' || !forward) {
    await note(deps.content.staleClick);
    return;
  }
  const dm = await deps.api.openDm(pick.admin);
  if (!dm.ok) {
    await note(deps.content.somethingWentWrong);
    return;
  }
  const sent = await deps.api.post({ channel: dm.channel, threadTs: null }, adminMessage(deps, pick.requester, pick.sessionId, forward.body), escapeMrkdwn(forward.body));
  if (!sent.ok) {
    await note(deps.content.somethingWentWrong);
    return;
  }
  await deps.engine.patchMeta(pick.sessionId, () => ({ admin: pick.admin }));
  const place = placeOf(current.session) ?? pick.place;
  await deps.api.post(targetOf(place), [contextBlock(deps.content.admin.sent(pick.admin))], deps.content.admin.sent(pick.admin));
}

export interface AdminDone {
  admin: string;
  sessionId: string;
  channel: string;
  ts: string;
  blocks: unknown;
}

/** The admin pressed Done: the requester's conversation takes its next step in its own thread. */
export async function adminDone(deps: SlackDeps, done: AdminDone): Promise<void> {
  const outcome = await deps.engine.send(done.sessionId, { choice: 'admin-done' });
  const line = outcome.ok ? deps.content.admin.thanks : deps.content.admin.movedOn;
  await deps.api.update(done.channel, done.ts, answeredBlocks(done.blocks, escapeMrkdwn(line)), escapeMrkdwn(line));
  if (!outcome.ok) return;
  const place = placeOf(outcome.session);
  if (place) await postTurn(deps, outcome, place, deps.content.admin.doneNotice(done.admin));
}
