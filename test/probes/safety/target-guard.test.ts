import { describe, expect, it } from 'vitest';
import { guardTarget, type TargetPolicy } from '../../../src/probes/safety/target-guard.js';

const names: Record<string, string[]> = {
  'smtp.office365.com': ['52.96.0.1', '2603:1036:3::1'],
  'sneaky.example.test': ['127.0.0.1'],
  'split.example.test': ['52.96.0.1', '10.0.0.7'],
  'metadata.example.test': ['169.254.169.254'],
  'mapped.example.test': ['::ffff:127.0.0.1'],
};
const looked: string[] = [];
const lookup: TargetPolicy['lookup'] = async (host) => {
  looked.push(host);
  const found = names[host];
  if (!found) throw Object.assign(new Error(`ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return found;
};
const strict: TargetPolicy = { allowPrivate: false, lookup };
const signal = new AbortController().signal;

describe('the target guard (SSRF table)', () => {
  it.each([
    ['127.0.0.1', 587, 'blocked-loopback'],
    ['10.0.0.5', 587, 'blocked-private'],
    ['172.20.1.1', 993, 'blocked-private'],
    ['192.168.0.10', 25, 'blocked-private'],
    ['169.254.1.1', 587, 'blocked-link-local'],
    ['169.254.169.254', 443, 'blocked-cloud-metadata'],
    ['100.64.3.4', 587, 'blocked-cgnat'],
    ['fd00::5', 587, 'blocked-unique-local'],
    ['fe80::1', 587, 'blocked-link-local'],
    ['ff05::2', 587, 'blocked-multicast'],
    ['224.0.0.251', 587, 'blocked-multicast'],
    ['0.0.0.0', 587, 'blocked-unspecified'],
    ['::', 587, 'blocked-unspecified'],
    ['::1', 587, 'blocked-loopback'],
    ['::ffff:127.0.0.1', 587, 'blocked-loopback'],
    ['[::ffff:192.168.1.1]', 993, 'blocked-private'],
    ['sneaky.example.test', 587, 'blocked-loopback'],
    ['mapped.example.test', 587, 'blocked-loopback'],
    ['split.example.test', 587, 'blocked-private'],
    ['metadata.example.test', 587, 'blocked-cloud-metadata'],
    ['2130706433', 587, 'invalid-host'],
    ['0x7f.1', 587, 'invalid-host'],
    ['bad_host!.test', 587, 'invalid-host'],
    ['smtp.office365.com', 22, 'port-not-allowed'],
    ['52.96.0.1', 8080, 'port-not-allowed'],
    ['52.96.0.1', 0, 'port-not-allowed'],
    ['nowhere.example.test', 587, 'host-not-found'],
  ])('refuses %s port %s (%s)', async (host, port, reason) => {
    const result = await guardTarget(host, port, strict, signal);
    expect(result).toMatchObject({ ok: false, reason });
  });

  it.each([25, 465, 587, 143, 993, 443])('allows a public host on port %s and connects to the address it checked', async (port) => {
    looked.length = 0;
    const result = await guardTarget('smtp.office365.com', port, strict, signal);
    expect(result).toEqual({ ok: true, ip: '52.96.0.1', port, servername: 'smtp.office365.com', addresses: ['52.96.0.1', '2603:1036:3::1'] });
    expect(looked).toEqual(['smtp.office365.com']);
  });

  it('allows loopback on any port only when private targets are allowed', async () => {
    expect(await guardTarget('sneaky.example.test', 2525, { allowPrivate: true, lookup }, signal)).toMatchObject({ ok: true, ip: '127.0.0.1', servername: 'sneaky.example.test' });
    expect(await guardTarget('52.96.0.1', 2525, { allowPrivate: true, lookup }, signal)).toMatchObject({ ok: false, reason: 'port-not-allowed' });
  });
});
