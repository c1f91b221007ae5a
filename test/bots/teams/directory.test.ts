import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TeamsDirectory } from '../../../src/bots/teams/directory.js';
import { SqliteStore } from '../../../src/store/sqlite.store.js';
import { tempDir } from '../../helpers/engine.js';

const stores: SqliteStore[] = [];
afterEach(async () => {
  while (stores.length) await stores.pop()?.close();
});

function open(file: string): TeamsDirectory {
  const store = new SqliteStore(file);
  stores.push(store);
  return new TeamsDirectory(store);
}

const alice = { userId: '29:alice', aadObjectId: 'aad-alice', name: 'Alice', email: null, reference: { conversation: { id: 'a:alice' } } };

describe('the Teams directory in the shared store', () => {
  it('lets every instance on one database find a person another instance met, by email in any case', async () => {
    const file = join(tempDir('teams-dir-'), 'shared.sqlite');
    const first = open(file);
    const second = open(file);
    await first.rememberMember(alice, 1);
    expect(await second.hasEmail('29:alice')).toBe(false);
    await first.setEmail('29:alice', 'Alice@Contoso.test', 2);
    expect(await second.hasEmail('29:alice')).toBe(true);
    expect(await second.findByEmail('alice@CONTOSO.test')).toEqual({ ...alice, email: 'alice@contoso.test' });
    expect(await second.findByEmail('bob@contoso.test')).toBeNull();
  });

  it('keeps a known email and name when a later message carries none, and takes the newest conversation', async () => {
    const directory = open(join(tempDir('teams-dir-'), 'one.sqlite'));
    await directory.rememberMember({ ...alice, email: 'alice@contoso.test' }, 1);
    await directory.rememberMember({ ...alice, name: null, aadObjectId: null, reference: { conversation: { id: 'a:alice-2' } } }, 2);
    expect(await directory.findByEmail('alice@contoso.test')).toEqual({ ...alice, email: 'alice@contoso.test', reference: { conversation: { id: 'a:alice-2' } } });
  });

  it('forgets an old address index once the person has a new email', async () => {
    const directory = open(join(tempDir('teams-dir-'), 'moved.sqlite'));
    await directory.rememberMember({ ...alice, email: 'old@contoso.test' }, 1);
    await directory.setEmail('29:alice', 'new@contoso.test', 2);
    expect(await directory.findByEmail('old@contoso.test')).toBeNull();
    expect((await directory.findByEmail('new@contoso.test'))?.userId).toBe('29:alice');
  });

  it('remembers the service URL of each conversation across instances', async () => {
    const file = join(tempDir('teams-dir-'), 'urls.sqlite');
    await open(file).rememberConversation('19:it@thread.tacv2', 'https://smba.test/emea/', 1);
    expect(await open(file).serviceUrlFor('19:it@thread.tacv2')).toBe('https://smba.test/emea/');
    expect(await open(file).serviceUrlFor('19:other@thread.tacv2')).toBeNull();
  });
});
