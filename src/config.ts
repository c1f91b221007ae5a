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
