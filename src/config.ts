import { z } from 'zod';
import { ConfigError } from './config-error.js';

const port = z.coerce.number().int().min(0).max(65535);
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Every setting the service reads, from the environment (and `.env`, see withEnvFile). Validated once, at start. */
export const configSchema = z.object({
  PORT: port.default(3978),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  FOLLOW_UP_DELAY_SECONDS: z.coerce.number().int().min(1).max(7 * 24 * 3600).default(1800),
  SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(50).max(600_000).default(5000),
  CLOSE_IP_LIST_URL: z.url().optional(),
  // Abuse limits of the web API (docs/operations.md): per client address, per instance
  /** the header a reverse proxy in front writes the client's address in (e.g. X-Forwarded-For); unset: the connection's */
  TRUSTED_PROXY_HEADER: z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'a header name such as X-Forwarded-For').optional(),
  WEB_SESSIONS_PER_HOUR: z.coerce.number().int().min(1).max(1_000_000).default(120),
  WEB_MESSAGES_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(120),
  WEB_READS_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  /** finished sessions (resolved, escalated, or quiet past ABANDON_AFTER_SECONDS) and their transcripts are deleted after this */
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  // Helpdesk handoff links (src/handoff) and results sent back to the helpdesk (src/helpdesk); all optional.
  HANDOFF_SECRET: z.string().min(32, 'use at least 32 characters').optional(),
  HANDOFF_SECRETS: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,16}:[^,:]{32,}(,[A-Za-z0-9_-]{1,16}:[^,:]{32,})*$/, 'write kid:secret pairs separated by commas, secrets of 32+ characters')
    .optional(),
  HANDOFF_API_KEY: z.string().min(24, 'use at least 24 characters').optional(),
  HANDOFF_DEFAULT_EXPIRY: z.string().regex(/^\d+[mhd]$/, 'write a duration such as 30m, 12h or 7d').default('7d'),
  SLACK_APP_ID: z.string().regex(/^A[A-Z0-9]+$/).optional(),
  SLACK_TEAM_ID: z.string().regex(/^[TE][A-Z0-9]+$/).optional(),
  TEAMS_APP_ID: z.guid().optional(),
  HELPDESK_WEBHOOK_URL: z.url({ protocol: /^https?$/ }).optional(),
  HELPDESK_WEBHOOK_SECRET: z.string().min(32, 'use at least 32 characters').optional(),
  ZENDESK_SUBDOMAIN: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'only the subdomain, e.g. acme for acme.zendesk.com').optional(),
  ZENDESK_EMAIL: z.email().optional(),
  ZENDESK_API_TOKEN: z.string().min(1).optional(),
  ABANDON_AFTER_SECONDS: z.coerce.number().int().min(1).max(30 * 24 * 3600).default(24 * 3600),
  OUTBOX_INTERVAL_MS: z.coerce.number().int().min(50).max(600_000).default(5000),
  // Several instances (docs/operations.md): a shared Postgres database instead of the embedded SQLite file.
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\/\S+$/, 'write a postgres://user@host:5432/database URL').optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  // how long an instance holds a claimed follow-up before another may take it (an instance that died mid-way)
  FOLLOW_UP_LEASE_MS: z.coerce.number().int().min(500).max(3_600_000).default(60_000),
  // how long a running live check's lease holds without a renewal (renewed every third of it); past it, another
  // instance takes the one running it for gone and says the check was interrupted
  CHECK_LEASE_MS: z.coerce.number().int().min(300).max(600_000).default(15_000),
  /**
   * seals the sign-in code of a running live check in the store, so that every instance can show it: the same on all
   * of them (default: derived from the handoff signing secret; without either, each process has its own)
   */
  SIGN_IN_CODE_SECRET: z.string().min(32, 'use at least 32 characters').optional(),
  OPERATOR_API_KEY: z.string().min(24, 'use at least 24 characters').optional(),
  // Live probes (src/probes). Defaults are Microsoft's worldwide endpoints; change them for sovereign clouds or tests.
  MS_SMTP_HOST: z.string().min(1).default('smtp.office365.com'),
  MS_SMTP_PORT: port.default(587),
  MS_IMAP_HOST: z.string().min(1).default('outlook.office365.com'),
  MS_IMAP_PORT: port.default(993),
  MS_LOGIN_URL: z.url().default('https://login.microsoftonline.com'),
  MS_GRAPH_URL: z.url().default('https://graph.microsoft.com'),
  /** the resource of the SMTP.Send and IMAP.AccessAsUser.All scopes */
  MS_OUTLOOK_RESOURCE: z.url().default('https://outlook.office.com'),
  MS_OAUTH_CLIENT_ID: z.string().min(1).optional(),
  /** defaults to MS_LOGIN_URL + /organizations */
  MS_OAUTH_AUTHORITY: z.url().optional(),
  CLOSE_API_URL: z.url().default('https://api.close.com'),
  CLOSE_API_KEY: z.string().min(1).optional(),
  /** comma-separated ip[:port] list; empty means the system resolver */
  DNS_SERVERS: z.string().optional(),
  /** a PEM file of extra certificates to trust (test servers) */
  PROBE_TLS_CA: z.string().min(1).optional(),
  PROBE_ALLOW_PRIVATE: bool.default(false),
  PROBE_DEADLINE_MS: z.coerce.number().int().min(500).max(120_000).default(15_000),
  /** comma-separated host names of reseller sign-in pages, added to GoDaddy's */
  PROVIDER_SIGNIN_PATTERNS: z.string().optional(),
  // Microsoft Teams (Bot Framework): the standard variable names of an Azure Bot / Teams Developer Portal bot
  MicrosoftAppId: z.string().min(1).optional(),
  MicrosoftAppPassword: z.string().min(1).optional(),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  MicrosoftAppTenantId: z.string().min(1).optional(),
  /** local testing only: serve /api/messages without a bot id (no token checks) */
  TEAMS_ALLOW_UNAUTHENTICATED: bool.default(false),
  /** where escalation summaries go: a Teams conversation id the bot is installed in (a channel or a chat) */
  TEAMS_ESCALATION_CONVERSATION: z.string().min(1).optional(),
  /** the Bot Framework service URL for conversations the bot has not heard from yet */
  TEAMS_SERVICE_URL: z.url().default('https://smba.trafficmanager.net/teams/'),
  // Slack (all optional: without a bot token and a signing secret or app token the server runs without Slack)
  // secrets are not format-checked here, so that a configuration error can never print one; src/bots/slack checks them
  SLACK_BOT_TOKEN: z.string().optional(),
  SLACK_SIGNING_SECRET: z.string().optional(),
  /** an app-level token (xapp-…): Slack is reached over Socket Mode instead of POST /slack/events */
  SLACK_APP_TOKEN: z.string().optional(),
  /** the Web API base (tests, GovSlack); defaults to https://slack.com/api/ */
  SLACK_API_URL: z.url().optional(),
  /** the channel id where escalated conversations are summarised for the support team */
  SLACK_ESCALATION_CHANNEL: z.string().regex(/^[CG][A-Z0-9]+$/, 'a channel id such as C0123ABCD').optional(),
  /** the bot's ids (from auth.test), to skip that call at start */
  SLACK_BOT_ID: z.string().regex(/^B[A-Z0-9]+$/).optional(),
  SLACK_BOT_USER_ID: z.string().regex(/^[UW][A-Z0-9]+$/).optional(),
  /** the slash command starts its conversation where it was typed (a thread under the bot's reply) instead of in a DM */
  SLACK_SLASH_IN_PLACE: bool.default(false),
});

export type Config = z.infer<typeof configSchema>;

export { ConfigError };
export { withEnvFile } from './env-file.js';

/**
 * Reads the configuration; a bad value throws a ConfigError naming the variable and the rule it breaks, never the
 * value itself (it may be a secret, and the message goes to logs and terminals).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const input = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(input);
  if (parsed.success) {
    const problems = helpdeskConfigProblems(parsed.data);
    if (problems.length > 0) throw new ConfigError(problems);
    return parsed.data;
  }
  throw new ConfigError(
    parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
  );
}

/** Settings that only make sense together (a webhook needs its signing secret; Zendesk needs all three). */
function helpdeskConfigProblems(config: Config): string[] {
  const problems: string[] = [];
  if (config.HELPDESK_WEBHOOK_URL && !config.HELPDESK_WEBHOOK_SECRET)
    problems.push('HELPDESK_WEBHOOK_SECRET: set it too, so the helpdesk can verify what HELPDESK_WEBHOOK_URL receives');
  const zendesk = [config.ZENDESK_SUBDOMAIN, config.ZENDESK_EMAIL, config.ZENDESK_API_TOKEN].filter(Boolean).length;
  if (zendesk > 0 && zendesk < 3) problems.push('ZENDESK_SUBDOMAIN, ZENDESK_EMAIL, ZENDESK_API_TOKEN: set all three, or none');
  return problems;
}
