import type { ClaimRefusal } from '../handoff/handoff-claims.js';

/** Was ein Chat-Kanal sagt, wenn ein Übergabe-Code dort nicht eingelöst werden kann; `otherApps` nennt, wo er hingehört. */
export function handoffRefusedDe(otherApps: string): Record<ClaimRefusal, string> {
  return {
    'unknown-code': 'Diesen Code kenne ich nicht. Prüf den Link, den dir der Support geschickt hat, oder erzähl mir einfach, was nicht klappt.',
    'wrong-channel': `Dieser Code gehört zu einer anderen App (${otherApps}). Öffne den Link noch einmal, oder erzähl mir hier, was nicht klappt.`,
    expired: 'Dieser Link ist abgelaufen. Bitte den Support um einen neuen, oder erzähl mir, was nicht klappt, dann fangen wir neu an.',
    'already-used': 'Dieser Link wurde schon benutzt. Mach im Gespräch weiter, das er gestartet hat, oder erzähl mir, was nicht klappt.',
  };
}
