import {
  ActivityTypes,
  Channels,
  CloudAdapter,
  type Activity,
  type ResourceResponse,
  type ConversationReference,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { Logger } from '../../logger.js';
import { safeError } from './errors.js';
import { ReusingBotFrameworkAuthentication } from './reused-clients.js';
import { BotConnector, type RequestSigner } from './connector-client.js';

/** The Bot Framework settings, under their standard names. */
export interface BotCredentials {
  MicrosoftAppId?: string | undefined;
  MicrosoftAppPassword?: string | undefined;
  MicrosoftAppType?: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI' | undefined;
  MicrosoftAppTenantId?: string | undefined;
}

export type TurnLogic = (context: TurnContext) => Promise<void>;

/** Whether botbuilder would send an activity to the connector (not a delay, an invoke's answer or a trace). */
function goesToConnector(activity: Partial<Activity>): boolean {
  if (activity.type === 'delay' || activity.type === ActivityTypes.InvokeResponse) return false;
  if (activity.type === ActivityTypes.Trace && activity.channelId !== Channels.Emulator) return false;
  return Boolean(activity.serviceUrl && activity.conversation?.id);
}

/**
 * botbuilder's CloudAdapter, driven by our own HTTP server: `run` authenticates one activity and runs the bot's
 * logic on it, returning what the HTTP response should carry (replies for `expectReplies`, an invoke's answer).
 * Replies and card updates go out through `BotConnector`, signed by the turn's own botbuilder credentials.
 */
export class TeamsAdapter extends CloudAdapter {
  readonly appId: string;
  private readonly connector: BotConnector;

  constructor(credentials: BotCredentials, connector = new BotConnector()) {
    const settings = Object.fromEntries(Object.entries(credentials).filter(([, v]) => v !== undefined)) as Record<string, string>;
    super(new ReusingBotFrameworkAuthentication(settings));
    this.appId = credentials.MicrosoftAppId ?? '';
    this.connector = connector;
  }

  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const signer = this.signerOf(context);
    if (!signer) return super.sendActivities(context, activities);
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (!goesToConnector(activity)) {
        responses.push(...(await super.sendActivities(context, [activity])));
        continue;
      }
      delete activity.id;
      responses.push(await this.connector.post(activity.serviceUrl as string, activity, signer));
    }
    return responses;
  }

  override async updateActivity(context: TurnContext, activity: Partial<Activity>): Promise<ResourceResponse | void> {
    const signer = this.signerOf(context);
    if (!signer || !activity.serviceUrl) return super.updateActivity(context, activity);
    const response = await this.connector.update(activity.serviceUrl, activity, signer);
    return response.id ? response : undefined;
  }

  /** Closes the connector's kept-alive connections. */
  closeConnections(): void {
    this.connector.close();
  }

  /** The credentials of the connector client botbuilder made for this turn (its service URL and audience). */
  private signerOf(context: TurnContext): RequestSigner | undefined {
    const client = context.turnState.get(this.ConnectorClientKey) as { credentials?: Partial<RequestSigner> } | undefined;
    const credentials = client?.credentials;
    return credentials && typeof credentials.signRequest === 'function' ? (credentials as RequestSigner) : undefined;
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
