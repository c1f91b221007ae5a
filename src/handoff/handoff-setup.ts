import type { Config } from '../config.js';
import type { Engine } from '../engine/engine.js';
import type { Store } from '../store/store.js';
import { handoffKeysFrom } from './handoff-keys.js';
import { HandoffService } from './handoff-service.js';

/** The handoff service as configured: keys, the public address links point to, the Slack/Teams app ids. */
export function handoffServiceFor(config: Config, store: Store, engine: Engine, now?: () => number): HandoffService {
  return new HandoffService({
    store,
    engine,
    keys: handoffKeysFrom(config),
    publicUrl: config.PUBLIC_URL ?? `http://localhost:${config.PORT}`,
    defaultExpiry: config.HANDOFF_DEFAULT_EXPIRY,
    appIds: { slackAppId: config.SLACK_APP_ID, slackTeamId: config.SLACK_TEAM_ID, teamsAppId: config.TEAMS_APP_ID },
    ...(now ? { now } : {}),
  });
}
