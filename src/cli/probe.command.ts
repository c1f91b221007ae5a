import { ConfigError, loadConfig } from '../config.js';
import { en } from '../content/en.js';
import { certificateLine, explainFindings } from '../content/check-report.en.js';
import { probesEn } from '../content/probes.en.js';
import { findingFacts } from '../probes/findings.js';
import { normalizeAddress } from '../probes/address.js';
import { buildProbeDeps, type ProbeDeps } from '../probes/probe-deps.js';
import { runMailboxProbe, type ProbeReport } from '../probes/run-probe.js';
import type { CheckResult, CheckStatus } from '../probes/types.js';
import { readArgs, UsageError } from './args.js';
import type { CliIo } from './io.js';

/** Flags that override one configuration variable each. */
const ENDPOINT_FLAGS: Record<string, string> = {
  'smtp-host': 'MS_SMTP_HOST',
  'smtp-port': 'MS_SMTP_PORT',
  'imap-host': 'MS_IMAP_HOST',
  'imap-port': 'MS_IMAP_PORT',
  'login-url': 'MS_LOGIN_URL',
  'graph-url': 'MS_GRAPH_URL',
  'outlook-resource': 'MS_OUTLOOK_RESOURCE',
  'client-id': 'MS_OAUTH_CLIENT_ID',
  authority: 'MS_OAUTH_AUTHORITY',
  'close-api-url': 'CLOSE_API_URL',
  'dns-servers': 'DNS_SERVERS',
  'tls-ca': 'PROBE_TLS_CA',
  'deadline-ms': 'PROBE_DEADLINE_MS',
  'provider-signin-patterns': 'PROVIDER_SIGNIN_PATTERNS',
};
const SWITCHES = ['sign-in', 'no-test-message', 'json', 'allow-private'] as const;
const VALUED = [...Object.keys(ENDPOINT_FLAGS), 'close-address', 'smtp-server'];
const OPTIONS = Object.fromEntries([
  ...SWITCHES.map((name) => [name, { type: 'boolean' as const }]),
  ...VALUED.map((name) => [name, { type: 'string' as const }]),
]) as Record<(typeof SWITCHES)[number], { type: 'boolean' }> & Record<string, { type: 'string' } | { type: 'boolean' }>;

export const PROBE_USAGE = `Usage: mailbox-doctor probe <address> [--sign-in [--no-test-message]] [--close-address <address>] [--json]
  endpoint flags: ${Object.keys(ENDPOINT_FLAGS).map((f) => `--${f}`).join(' ')} --smtp-server <host:port> --allow-private`;

const MARKS: Record<CheckStatus, string> = { pass: '✓', warn: '!', fail: '✗', skip: '-', error: '?' };

const firstSentence = (text: string): string => /^.*?[.!?](?=\s|$)/s.exec(text)?.[0] ?? text;

/** What the check found: each finding with its next step, or (checks without findings) the outcome and the fix. */
function findingLines(check: CheckResult): string[] {
  if (check.findings?.length) {
    const facts = findingFacts(check.evidence);
    const lines = explainFindings(check.findings, facts, check.diagnoses).flatMap((f) => [f.text, `  ${probesEn.nextStep} ${f.fix}`]);
    const certificate = certificateLine(check.findings, facts);
    return certificate ? [...lines, certificate] : lines;
  }
  const code = check.diagnoses[0];
  const finding = probesEn.checks[check.id][check.status];
  return [code ? `${finding} Fix: ${firstSentence(en.diagnoses[code].fix)}` : finding];
}

export function renderReport(report: ProbeReport): string {
  const lines = [`Checked ${report.address}`, ''];
  const width = Math.max(...report.checks.map((c) => probesEn.checks[c.id].name.length), 0);
  for (const check of report.checks) {
    lines.push(`${MARKS[check.status]} ${probesEn.checks[check.id].name.padEnd(width)}  ${check.summary}`);
    if (check.status !== 'pass') lines.push(...findingLines(check).map((line) => `    ${line}`));
    const refused = check.evidence.refused as keyof typeof probesEn.targetRefusals | undefined;
    if (refused && probesEn.targetRefusals[refused]) lines.push(`    ${probesEn.targetRefusals[refused]}`);
  }
  lines.push('');
  if (report.diagnoses.length === 0) lines.push('Diagnoses: none');
  else {
    lines.push('Diagnoses:');
    for (const code of report.diagnoses) lines.push(`  ${code}: ${en.diagnoses[code].title}`);
  }
  return `${lines.join('\n')}\n`;
}

function endpointFromFlag(value: string): { host: string; port: number } {
  const match = /^\[?([^\]]+?)\]?:(\d{1,5})$/.exec(value);
  if (!match) throw new UsageError(`--smtp-server expects host:port (got "${value}").`);
  return { host: match[1]!, port: Number(match[2]) };
}

/**
 * `mailbox-doctor probe <address> …`: runs the live checks and prints a report (or JSON). Exit 0 when the probe ran,
 * whatever it found; bad arguments throw a UsageError (exit 2). `overrides` lets tests inject a resolver or fetch.
 */
export async function probeCommand(argv: string[], io: CliIo, overrides: Partial<ProbeDeps> = {}): Promise<number> {
  const { values, positionals } = readArgs(argv, OPTIONS, PROBE_USAGE, true);
  const flag = (name: string): string | undefined => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  for (const name of VALUED) if (values[name] === '') throw new UsageError(`--${name} needs a value.\n${PROBE_USAGE}`);
  if (positionals.length !== 1) throw new UsageError(`Give one email address to check.\n${PROBE_USAGE}`);
  const address = normalizeAddress(positionals[0]!);
  if (!address) throw new UsageError(`"${positionals[0]}" is not an email address.\n${PROBE_USAGE}`);
  const closeFlag = flag('close-address');
  const closeAddress = typeof closeFlag === 'string' ? normalizeAddress(closeFlag) : undefined;
  if (typeof closeFlag === 'string' && !closeAddress) throw new UsageError(`--close-address "${closeFlag}" is not an email address.`);

  const env: NodeJS.ProcessEnv = { ...io.env };
  for (const [name, variable] of Object.entries(ENDPOINT_FLAGS)) {
    const value = flag(name);
    if (value !== undefined) env[variable] = value;
  }
  if (values['allow-private']) env.PROBE_ALLOW_PRIVATE = 'true';
  let deps: ProbeDeps;
  try {
    deps = buildProbeDeps(loadConfig(env), overrides);
  } catch (error) {
    if (error instanceof ConfigError) {
      const byVariable = Object.fromEntries(Object.entries(ENDPOINT_FLAGS).map(([flag, variable]) => [variable, `--${flag}`]));
      throw new UsageError(error.problems.map((p) => p.replace(/^([A-Z_]+)/, (v) => byVariable[v] ?? v)).join('\n'));
    }
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`--tls-ca / PROBE_TLS_CA: file not found (${(error as Error).message}).`);
    throw error;
  }
  const smtpServer = flag('smtp-server');
  const signIn = values['sign-in'] === true;
  const report = await runMailboxProbe(
    {
      address,
      ...(closeAddress ? { closeAddress } : {}),
      ...(signIn ? { signIn: { testMessage: !values['no-test-message'] } } : {}),
      ...(typeof smtpServer === 'string' ? { smtpServer: endpointFromFlag(smtpServer) } : {}),
    },
    deps,
    {
      // The code goes to the terminal for the person to type, on stderr so --json output stays clean; never logged.
      deviceCode: (prompt) => io.stderr.write(`${probesEn.signInPrompt(prompt.verificationUri, prompt.userCode)}\n`),
    },
  );
  if (values.json) {
    io.stdout.write(`${JSON.stringify({ address: report.address, checks: report.checks, diagnoses: report.diagnoses, ...(report.refused ? { refused: report.refused } : {}) })}\n`);
  } else if (report.refused) {
    io.stdout.write(`${probesEn.refusals[report.refused.reason](report.refused.retryAfterMs ? Math.ceil(report.refused.retryAfterMs / 60_000) : undefined)}\n`);
  } else io.stdout.write(renderReport(report));
  return 0;
}
