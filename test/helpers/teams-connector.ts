import nock from 'nock';
import { setTimeout as sleep } from 'node:timers/promises';
import { acceptTyping, type CardReply } from './teams.js';

export interface Sent {
  method: 'POST' | 'PUT';
  path: string;
  /** the card id a PUT replaces */
  id?: string;
  body: CardReply;
}

/** The Teams connector at the serviceUrl: new messages get ids card-1, card-2…; updates are recorded. */
export function fakeConnector() {
  const sent: Sent[] = [];
  let next = 0;
  // typing indicators are taken apart, so that the messages keep their ids
  acceptTyping();
  nock('https://smba.test')
    .persist()
    .post(/\/teams\/v3\/conversations\/.*\/activities/)
    .reply(200, (path, body) => {
      sent.push({ method: 'POST', path, body: body as CardReply });
      next += 1;
      return { id: `card-${next}` };
    })
    .put(/\/teams\/v3\/conversations\/.*\/activities\/.+/)
    .reply(200, (path, body) => {
      const id = decodeURIComponent(path.split('/activities/')[1] ?? '');
      sent.push({ method: 'PUT', path, id, body: body as CardReply });
      return { id };
    })
    .get(/\/teams\/v3\/conversations\/.*\/members\/.+/)
    .reply(200, { id: '29:alice', name: 'Alice Example', email: 'adele@contoso.test', userPrincipalName: 'adele@contoso.test' });
  return {
    sent,
    posts: () => sent.filter((s) => s.method === 'POST'),
    updatesOf: (id: string) => sent.filter((s) => s.method === 'PUT' && s.id === id),
  };
}


/** Waits until `condition` holds (the connector has received what a test expects). */
export async function until(condition: () => boolean, what: string, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}
