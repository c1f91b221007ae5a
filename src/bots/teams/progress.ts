import type { TurnContext } from 'botbuilder';
import type { TeamsContent } from '../../content/teams.en.js';
import { progressCard, type ProgressState } from './cards.js';
import { cardMessage } from './turn-poster.js';

export interface ProgressItem {
  label: string;
  state: ProgressState;
}

/**
 * Probe progress as one card updated in place: `show` sends it the first time and replaces it afterwards, so a
 * run of checks never floods the conversation. (Wired to the probes when they arrive; see issue 3.)
 */
export function progressReporter(context: TurnContext, content: TeamsContent) {
  let cardId: string | undefined;
  return async function show(items: readonly ProgressItem[]): Promise<void> {
    const message = cardMessage(progressCard(items, content));
    if (cardId) {
      await context.updateActivity({ id: cardId, ...message });
      return;
    }
    const sent = await context.sendActivity(message);
    cardId = sent?.id || undefined;
  };
}
