import type { ClaimRefusal } from '../handoff/handoff-claims.js';

/** What a chat channel says when a handoff code cannot be picked up there; `otherApps` names where else it belongs. */
export function handoffRefusedFr(otherApps: string): Record<ClaimRefusal, string> {
  return {
    'not-claimable': `Je ne peux pas démarrer avec ce code ici : il est peut-être pour une autre app (${otherApps}), expiré ou déjà utilisé. Rouvrez le lien envoyé par votre support, ou dites-moi simplement ce qui ne va pas.`,
    'too-many-attempts': "Beaucoup de codes ont été essayés. Merci d'attendre quelques minutes, ou dites-moi simplement ce qui ne va pas.",
  };
}
