import type { Config } from '../../config.js';
import { HttpError } from '../../http/errors.js';
import type { Router } from '../../http/router.js';

// apart from teams-channel.ts, so that a server without Teams never loads botbuilder to find out

/** The Bot Framework endpoint, on the shared server. */
export const MESSAGES_PATH = '/api/messages';

/** Teams is on with a bot id, or for local testing with TEAMS_ALLOW_UNAUTHENTICATED=true. */
export const teamsWanted = (config: Config): boolean => Boolean(config.MicrosoftAppId) || config.TEAMS_ALLOW_UNAUTHENTICATED;

/** What a bot id needs next to it, named so the operator knows which variable to set. */
export function missingCredentials(config: Config): string[] {
  if (!config.MicrosoftAppId) return [];
  const problems: string[] = [];
  const type = config.MicrosoftAppType ?? 'MultiTenant';
  if (type !== 'UserAssignedMSI' && !config.MicrosoftAppPassword) {
    problems.push('MicrosoftAppPassword: required with MicrosoftAppId (the client secret of the bot registration)');
  }
  if (type !== 'MultiTenant' && !config.MicrosoftAppTenantId) {
    problems.push(`MicrosoftAppTenantId: required when MicrosoftAppType is ${type} (the id of the tenant the bot is registered in)`);
  }
  return problems;
}

/** When the channel is off, the path says so instead of a bare 404. */
export function registerDisabledEndpoint(router: Router): void {
  router.add('POST', MESSAGES_PATH, () => {
    throw new HttpError(404, 'teams_off', 'The Microsoft Teams endpoint is off. Set MicrosoftAppId and MicrosoftAppPassword to turn it on.');
  });
}
