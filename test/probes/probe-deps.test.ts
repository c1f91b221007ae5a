import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { buildProbeDeps } from '../../src/probes/probe-deps.js';

describe('buildProbeDeps', () => {
  it('defaults to Microsoft’s worldwide endpoints with private targets refused and a 15 s deadline', () => {
    const deps = buildProbeDeps(loadConfig({}));
    expect(deps).toMatchObject({
      smtp: { host: 'smtp.office365.com', port: 587 },
      imap: { host: 'outlook.office365.com', port: 993 },
      loginUrl: 'https://login.microsoftonline.com',
      graphUrl: 'https://graph.microsoft.com',
      outlookResource: 'https://outlook.office.com',
      oauth: { clientId: undefined, authority: 'https://login.microsoftonline.com/organizations' },
      close: { apiUrl: 'https://api.close.com', apiKey: undefined },
      allowPrivate: false,
      deadlineMs: 15_000,
      tlsCa: undefined,
      gate: undefined,
    });
    expect(deps.providerSignInHosts).toEqual(['godaddy.com', 'secureserver.net']);
  });

  it('takes a sovereign cloud’s endpoints, extra reseller hosts and a CA file from the configuration', () => {
    const ca = join(tmpdir(), `probe-ca-${process.pid}.pem`);
    writeFileSync(ca, '-----BEGIN CERTIFICATE-----\nfake\n-----END CERTIFICATE-----\n');
    const deps = buildProbeDeps(
      loadConfig({
        MS_SMTP_HOST: 'smtp.office365.us',
        MS_IMAP_HOST: 'outlook.office365.us',
        MS_LOGIN_URL: 'https://login.microsoftonline.us/',
        MS_GRAPH_URL: 'https://graph.microsoft.us',
        MS_OAUTH_CLIENT_ID: 'client-1',
        PROVIDER_SIGNIN_PATTERNS: 'reseller.example, sso.other.example',
        PROBE_TLS_CA: ca,
        PROBE_ALLOW_PRIVATE: 'true',
        PROBE_DEADLINE_MS: '5000',
      }),
    );
    expect(deps.smtp.host).toBe('smtp.office365.us');
    expect(deps.oauth).toEqual({ clientId: 'client-1', authority: 'https://login.microsoftonline.us/organizations' });
    expect(deps.providerSignInHosts).toEqual(['godaddy.com', 'secureserver.net', 'reseller.example', 'sso.other.example']);
    expect(deps.tlsCa).toContain('BEGIN CERTIFICATE');
    expect(deps.allowPrivate).toBe(true);
    expect(deps.deadlineMs).toBe(5000);
  });

  it('rejects a deadline outside its bounds with the variable’s name', () => {
    expect(() => loadConfig({ PROBE_DEADLINE_MS: '10' })).toThrow(/PROBE_DEADLINE_MS/);
  });
});
