import { sectionBlock } from './blocks.js';
import type { SlackDeps } from './conversation.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { SLACK_CHANNEL } from './registrations.js';

/**
 * A person opened the app's Messages tab (`app_home_opened` with `tab: "messages"`, the agent experience's signal that
 * a direct message was opened): the first time ever, a greeting in their language and the prompts pinned under it.
 * A prompt picked arrives as their own message and starts its path like any other first message.
 */
export async function openMessagesTab(deps: SlackDeps, team: string, user: string, channel: string): Promise<void> {
  if (!(await deps.engine.firstMeeting(SLACK_CHANNEL, `${team}:${user}`))) return;
  const { agent } = deps.words(await deps.localeOf(user));
  await deps.api.post({ channel, threadTs: null }, [sectionBlock(escapeMrkdwn(agent.greeting))], agent.greeting);
  await deps.api.suggestPrompts(channel, agent.promptsTitle, agent.prompts);
}
