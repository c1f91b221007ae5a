import { afterEach, describe, expect, it } from 'vitest';
import { systemResolver } from '../../src/probes/resolver.js';
import { startFakeDns } from '../helpers/probes/fake-dns.js';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()?.();
});

describe('the resolver with configured DNS servers', () => {
  it('asks the configured server for MX, A and AAAA records', async () => {
    const dns = await startFakeDns({
      'contoso.test': { mx: ['contoso-test.mail.protection.outlook.com'] },
      'smtp.contoso.test': { a: ['127.0.0.1'], aaaa: ['::1'] },
    });
    closers.push(dns.close);
    const resolver = systemResolver([dns.server]);
    const signal = new AbortController().signal;
    expect(await resolver.mx('contoso.test', signal)).toEqual([{ exchange: 'contoso-test.mail.protection.outlook.com', priority: 10 }]);
    expect((await resolver.addresses('smtp.contoso.test', signal)).sort()).toEqual(['127.0.0.1', '::1']);
  });

  it('rejects with ENOTFOUND for a name the server does not know', async () => {
    const dns = await startFakeDns({});
    closers.push(dns.close);
    await expect(systemResolver([dns.server]).mx('nowhere.test', new AbortController().signal)).rejects.toMatchObject({ code: 'ENOTFOUND' });
  });
});
