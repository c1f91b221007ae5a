import type { ClaimRefusal } from '../handoff/handoff-claims.js';

/** Was ein Chat-Kanal sagt, wenn ein Übergabe-Code dort nicht eingelöst werden kann; `otherApps` nennt, wo er hingehört. */
export function handoffRefusedDe(otherApps: string): Record<ClaimRefusal, string> {
  return {
    'not-claimable': `Mit diesem Code kann ich hier nicht starten: Er gehört vielleicht zu einer anderen App (${otherApps}), ist abgelaufen oder wurde schon benutzt. Öffne den Link von deinem Support noch einmal, oder erzähl mir einfach, was los ist.`,
    'too-many-attempts': 'Das waren viele Codes. Warte bitte ein paar Minuten, oder erzähl mir einfach, was los ist.',
  };
}
