import { classifyError } from '../machine/classifier.js';
import type { TriageEvent } from '../machine/events.js';
import type { HandoffRecord } from '../store/helpdesk-records.js';

/**
 * The machine events that replay what the ticket already says, so the questions it answers are skipped.
 * An error text that matches no known cause is left out when a symptom is known, so it cannot send the
 * person back to the first question.
 */
export function seedEvents(handoff: Pick<HandoffRecord, 'address' | 'symptom' | 'errorText'>): TriageEvent[] {
  const events: TriageEvent[] = [];
  if (handoff.address) events.push({ type: 'address-known', address: handoff.address.toLowerCase() });
  const classification = handoff.errorText ? classifyError(handoff.errorText) : null;
  switch (handoff.symptom) {
    case 'sending':
      events.push({ type: 'sending-fails' });
      break;
    case 'syncing':
      events.push({ type: 'sync-fails' });
      break;
    case 'smtp-auth-not-supported':
      events.push({ type: 'smtp-auth-not-supported' });
      break;
    case 'error':
      if (!classification) events.push({ type: 'have-error' });
      break;
    default:
      break;
  }
  const symptomKnown = handoff.symptom !== null && handoff.symptom !== 'error';
  if (classification && (classification.code !== 'unknown' || !symptomKnown)) events.push({ type: 'error-reported', classification });
  return events;
}
