import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Every setting the service reads, from the environment only. Validated once, at start. */
export const configSchema = z.object({
  PORT: port.default(3978),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  FOLLOW_UP_DELAY_SECONDS: z.coerce.number().int().min(1).max(7 * 24 * 3600).default(1800),
  SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(50).max(600_000).default(5000),
  CLOSE_IP_LIST_URL: z.url().optional(),
  TRUST_PROXY: bool.default(false),
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
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the configuration; a bad value throws a ConfigError naming the variable and what it expects. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const input = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new ConfigError(
    parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message} (got ${JSON.stringify(input[String(issue.path[0])])})`),
  );
}
