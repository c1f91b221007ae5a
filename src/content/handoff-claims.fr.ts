import type { ClaimRefusal } from '../handoff/handoff-claims.js';

/** What a chat channel says when a handoff code cannot be picked up there; `otherApps` names where else it belongs. */
export function handoffRefusedFr(otherApps: string): Record<ClaimRefusal, string> {
  return {
    'unknown-code': 'Je ne reconnais pas ce code. Vérifiez le lien envoyé par votre agent du support, ou dites-moi simplement ce qui ne va pas.',
    'wrong-channel': `Ce code appartient à une autre application (${otherApps}). Rouvrez le lien, ou dites-moi ici ce qui ne va pas.`,
    expired: 'Ce lien a expiré. Demandez-en un nouveau à votre agent du support, ou dites-moi ce qui ne va pas et nous repartirons de zéro.',
    'already-used': 'Ce lien a déjà été utilisé. Continuez dans la conversation qu’il a ouverte, ou dites-moi ce qui ne va pas.',
  };
}
