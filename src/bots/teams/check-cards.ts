import type { ProbeContent } from '../../content/probes.en.js';
import type { TeamsContent } from '../../content/teams.en.js';
import type { CheckState } from '../../engine/live-checks.js';
import type { CheckSummary } from '../../machine/check-summary.js';
import { card, text, type AdaptiveCard, type CardElement } from './cards.js';

/** Words for the check cards: this channel's sentences and the shared check names. */
export interface CheckWords {
  teams: TeamsContent;
  probes: ProbeContent;
}

function nameOf(id: string, words: CheckWords): string {
  return (words.probes.checks as Record<string, { name: string } | undefined>)[id]?.name ?? id;
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The one progress card of a running check: what it checks, which checks run now and how many are left. The
 * Microsoft sign-in code is shown only in a 1:1 chat; in a channel thread the card says to use a 1:1 chat instead.
 */
export function runningCheckCard(intro: string, state: CheckState | undefined, personal: boolean, words: CheckWords): AdaptiveCard {
  const { teams } = words;
  const body: CardElement[] = [text(teams.progressTitle, { weight: 'Bolder' }), text(intro)];
  const progress = state?.progress;
  if (progress) {
    const left = Math.max(0, progress.total - progress.done.length);
    body.push(text(teams.checkProgress(progress.running.map((id) => nameOf(id, words)), left), { spacing: 'Small' }));
    if (progress.done.length > 0) {
      body.push({ type: 'FactSet', facts: progress.done.map((id) => ({ title: nameOf(id, words), value: teams.checkDone })) });
    }
  } else {
    body.push(text(teams.checkStarting, { isSubtle: true, spacing: 'Small' }));
  }
  const actions: CardElement[] = [];
  const code = state?.deviceCode;
  if (code && personal) {
    body.push({ type: 'Container', style: 'emphasis', items: [text(teams.checkSignIn(code.verificationUri, code.userCode))] });
    if (isHttpsUrl(code.verificationUri)) actions.push({ type: 'Action.OpenUrl', title: teams.checkSignInOpen, url: code.verificationUri });
  } else if (code) {
    body.push(text(teams.checkSignInInChat, { weight: 'Bolder' }));
  }
  return card(body, actions);
}

/** The progress card once the check has reported back: each check with its outcome, nothing to click. */
export function finishedCheckCard(check: CheckSummary | null, words: CheckWords): AdaptiveCard {
  const { teams } = words;
  const body: CardElement[] = [text(teams.checkFinishedTitle, { weight: 'Bolder' })];
  if (check && check.checks.length > 0) {
    body.push({ type: 'FactSet', facts: check.checks.map((c) => ({ title: nameOf(c.id, words), value: teams.checkStatus[c.status] })) });
  } else {
    body.push(text(teams.checkStopped));
  }
  return card(body);
}
