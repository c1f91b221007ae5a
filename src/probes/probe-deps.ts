import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import type { Config } from '../config.js';
import type { FetchFn } from './net/fetch-json.js';
import { systemResolver, type ProbeResolver } from './resolver.js';
import type { ProbeGate } from './safety/probe-gate.js';
import type { SignInProvider } from './signed-in/device-code.js';
import { DEFAULT_PROVIDER_SIGNIN_HOSTS } from './tenant.probe.js';
import type { Endpoint } from './types.js';

/** Everything a probe needs from outside: endpoints, DNS, HTTP, trust, limits. Build it with buildProbeDeps. */
export interface ProbeDeps {
  smtp: Endpoint;
  imap: Endpoint;
  /** e.g. https://login.microsoftonline.com */
  loginUrl: string;
  /** e.g. https://graph.microsoft.com */
  graphUrl: string;
  /** the resource of the mail scopes, e.g. https://outlook.office.com */
  outlookResource: string;
  oauth: { clientId: string | undefined; authority: string };
  close: { apiUrl: string; apiKey: string | undefined };
  resolver: ProbeResolver;
  fetch: FetchFn;
  /** extra PEM certificates to trust */
  tlsCa: string | undefined;
  /** allow loopback/private targets on any port (tests, local servers only) */
  allowPrivate: boolean;
  /** deadline of the unauthenticated checks, and again of the signed-in checks */
  deadlineMs: number;
  /** how long the person has to complete the device code sign-in */
  signInTimeoutSeconds: number;
  providerSignInHosts: string[];
  signIn: SignInProvider;
  /** rate limits and the cap on concurrent probes; none means unlimited (the CLI) */
  gate: ProbeGate | undefined;
  /** the name the probe gives in EHLO */
  heloName: string;
}

const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

/** Probe dependencies from the validated configuration; `overrides` replace single fields (tests, CLI flags). */
export function buildProbeDeps(config: Config, overrides: Partial<ProbeDeps> = {}): ProbeDeps {
  const loginUrl = config.MS_LOGIN_URL.replace(/\/+$/, '');
  return {
    smtp: { host: config.MS_SMTP_HOST, port: config.MS_SMTP_PORT },
    imap: { host: config.MS_IMAP_HOST, port: config.MS_IMAP_PORT },
    loginUrl,
    graphUrl: config.MS_GRAPH_URL.replace(/\/+$/, ''),
    outlookResource: config.MS_OUTLOOK_RESOURCE.replace(/\/+$/, ''),
    oauth: { clientId: config.MS_OAUTH_CLIENT_ID, authority: config.MS_OAUTH_AUTHORITY ?? `${loginUrl}/organizations` },
    close: { apiUrl: config.CLOSE_API_URL, apiKey: config.CLOSE_API_KEY },
    resolver: systemResolver(list(config.DNS_SERVERS)),
    fetch: (...args) => fetch(...args),
    tlsCa: config.PROBE_TLS_CA ? readFileSync(config.PROBE_TLS_CA, 'utf8') : undefined,
    allowPrivate: config.PROBE_ALLOW_PRIVATE,
    deadlineMs: config.PROBE_DEADLINE_MS,
    signInTimeoutSeconds: 600,
    providerSignInHosts: [...DEFAULT_PROVIDER_SIGNIN_HOSTS, ...list(config.PROVIDER_SIGNIN_PATTERNS)],
    // MSAL is loaded by the first sign-in, not at start
    signIn: async (request) => (await import('./signed-in/device-code.js')).msalDeviceCodeSignIn(request),
    gate: undefined,
    heloName: hostname() || 'mailbox-doctor',
    ...overrides,
  };
}
