import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ConversationReference,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { Logger } from '../../logger.js';
import { safeError } from './errors.js';

/** The Bot Framework settings, under their standard names. */
export interface BotCredentials {
  MicrosoftAppId?: string | undefined;
  MicrosoftAppPassword?: string | undefined;
  MicrosoftAppType?: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI' | undefined;
  MicrosoftAppTenantId?: string | undefined;
}

export type TurnLogic = (context: TurnContext) => Promise<void>;

/**
 * botbuilder's CloudAdapter, driven by our own HTTP server: `run` authenticates one activity and runs the bot's
 * logic on it, returning what the HTTP response should carry (replies for `expectReplies`, an invoke's answer).
 */
export class TeamsAdapter extends CloudAdapter {
  readonly appId: string;

  constructor(credentials: BotCredentials) {
    const settings = Object.fromEntries(Object.entries(credentials).filter(([, v]) => v !== undefined)) as Record<string, string>;
    super(new ConfigurationBotFrameworkAuthentication(settings));
    this.appId = credentials.MicrosoftAppId ?? '';
  }

  run(authorization: string, activity: Partial<Activity>, logic: TurnLogic): Promise<InvokeResponse | undefined> {
    return this.processActivity(authorization, activity as Activity, logic);
  }

  /** Runs `logic` in an existing conversation, outside any inbound request (follow-ups, admins, escalations). */
  continueIn(reference: Partial<ConversationReference>, logic: TurnLogic): Promise<void> {
    return this.continueConversationAsync(this.appId, reference, logic);
  }
}

/**
 * The one error boundary of the Teams channel: anything the bot's logic throws during a turn ends here. It logs a
 * safe description (never the error object: connector errors carry the request with the bot's token) and tells the
 * person, unless the conversation itself is unreachable.
 */
export function installErrorBoundary(adapter: TeamsAdapter, logger: Logger, apology: string): void {
  adapter.onTurnError = async (context, error) => {
    const described = safeError(error);
    const where = { conversationType: context.activity.conversation?.conversationType, activityType: context.activity.type };
    logger.error({ teamsError: described, ...where }, 'teams turn failed');
    if (described.problem === 'not-in-conversation' || described.problem === 'conversation-gone') return;
    try {
      await context.sendActivity(apology);
    } catch (second) {
      logger.warn({ teamsError: safeError(second) }, 'teams apology could not be delivered');
    }
  };
}
