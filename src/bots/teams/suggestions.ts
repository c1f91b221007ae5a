import { MessageFactory, type Activity } from 'botbuilder';
import type { Presentation } from '../../content/present.js';
import type { ViewKey } from '../../machine/view-keys.js';

/** Teams shows the first three suggested actions of a message and drops the rest. */
export const MAX_SUGGESTIONS = 3;
/** The question whose choices are also offered as suggested actions: the first one. */
const SUGGESTED_AT: ViewKey = 'askingSymptom';

/**
 * The first question's choices as suggested actions, in a 1:1 chat: Teams shows them above the compose box, and one
 * tapped is sent as the person's own message (its label, an `imBack`), which the engine reads as that choice in every
 * language. Teams shows suggested actions only on a message without attachments, so they come on a short message of
 * their own after the card. Group chats and channels keep them on the message for everyone, long after it is
 * answered: there the card's buttons are enough. Null when there is nothing to suggest.
 */
export function suggestionsFor(key: ViewKey, presentation: Presentation, personal: boolean, intro: string): Partial<Activity> | null {
  if (!personal || key !== SUGGESTED_AT || presentation.choices.length === 0) return null;
  return MessageFactory.suggestedActions(
    presentation.choices.slice(0, MAX_SUGGESTIONS).map((c) => c.label),
    intro,
  );
}
