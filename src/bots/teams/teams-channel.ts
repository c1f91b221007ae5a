import { ConfigError, type Config } from '../../config.js';
import { missingCredentials } from './teams-settings.js';
import { probesEn } from '../../content/probes.en.js';
import { teamsEn, type TeamsContent } from '../../content/teams.en.js';
import { TEAMS_WORDS } from '../../content/catalog.js';
import type { Locale } from '../../content/locales.js';
import type { Content } from '../../content/types.js';
import type { Engine } from '../../engine/engine.js';
import type { Router } from '../../http/router.js';
import type { Logger } from '../../logger.js';
import type { HandoffClaimer } from '../../handoff/handoff-claims.js';
import { installErrorBoundary, TeamsAdapter } from './adapter.js';
import { AdminHandoff } from './admin-handoff.js';
import { TeamsBot } from './bot.js';
import { teamsMetaOf, TEAMS_CHANNEL } from './conversation.js';
import { TeamsDirectory } from './directory.js';
import { registerDisabledEndpoint, registerMessagesEndpoint } from './endpoint.js';
import { Escalation } from './escalation.js';
import { CheckProgressCards } from './progress.js';
import { TurnPoster } from './turn-poster.js';

export interface TeamsChannelDeps {
  config: Config;
  engine: Engine;
  content: Content;
  logger: Logger;
  teams?: TeamsContent;
  /** picks up helpdesk handoffs sent to Teams */
  claimHandoff?: HandoffClaimer;
}

export interface TeamsChannel {
  adapter: TeamsAdapter;
  bot: TeamsBot;
  directory: TeamsDirectory;
  /** Stops the progress cards and waits for what the channel is still writing to its sessions. */
  close(): Promise<void>;
}

export { missingCredentials } from './teams-settings.js';

/**
 * The Microsoft Teams channel on the shared server: `POST /api/messages`, follow-ups, admin handoff and escalation.
 * Off (null) without a bot id, unless TEAMS_ALLOW_UNAUTHENTICATED=true for local testing.
 */
export function registerTeamsChannel(router: Router, deps: TeamsChannelDeps): TeamsChannel | null {
  const { config, engine, logger } = deps;
  const teams = deps.teams ?? teamsEn;
  const words = (locale: Locale | undefined) => (locale && locale !== 'en' ? TEAMS_WORDS[locale] : teams);
  if (!config.MicrosoftAppId && !config.TEAMS_ALLOW_UNAUTHENTICATED) {
    registerDisabledEndpoint(router);
    return null;
  }
  const missing = missingCredentials(config);
  if (missing.length > 0) throw new ConfigError(missing);
  if (!config.MicrosoftAppId) {
    logger.warn('Teams: TEAMS_ALLOW_UNAUTHENTICATED=true, so /api/messages accepts activities without a token. Use this only for local testing.');
  }
  const adapter = new TeamsAdapter({
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  });
  installErrorBoundary(adapter, logger, teams.turnFailed);
  const directory = new TeamsDirectory(engine);
  const progress = new CheckProgressCards(adapter, (id) => engine.localCheckState(id), { teams, probes: probesEn }, logger);
  engine.onCheckUpdate(progress.onUpdate);
  const poster = new TurnPoster(engine, words, logger, progress);
  const admin = new AdminHandoff(adapter, engine, directory, poster, teams, logger);
  const escalation = new Escalation(
    adapter,
    engine,
    directory,
    deps.content,
    teams,
    { conversationId: config.TEAMS_ESCALATION_CONVERSATION, defaultServiceUrl: config.TEAMS_SERVICE_URL },
    logger,
  );
  engine.onStatusChange(escalation.onStatusChange);
  const bot = new TeamsBot({ engine, teams, words, directory, poster, admin, escalation, logger, ...(deps.claimHandoff ? { claimHandoff: deps.claimHandoff } : {}) });

  engine.onProactive(TEAMS_CHANNEL, async (result) => {
    const meta = teamsMetaOf(result.session.meta);
    if (!meta) return;
    await adapter.continueIn(meta.reference, (context) => poster.show(context, result));
  });

  registerMessagesEndpoint(router, adapter, (context) => bot.onTurn(context), logger);
  // the directory lives in the shared store, which the app closes; progress cards stop changing
  return {
    adapter,
    bot,
    directory,
    close: async () => {
      progress.stop();
      await poster.settled();
      adapter.closeConnections();
    },
  };
}
