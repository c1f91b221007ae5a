import { checkReportIn } from './check-report.js';
import { diagnosesFr } from './diagnoses.fr.js';
import { probesFr } from './probes.fr.js';

export const { checkFinding, checkReport } = checkReportIn(probesFr, diagnosesFr, {
  colon: ' : ',
  cannotRun: 'Je ne peux pas lancer cette vérification pour le moment. Nous pouvons continuer sans elle.',
  interrupted: 'La vérification a été interrompue avant la fin (le service a redémarré). Vous pouvez la relancer.',
  failed: 'Désolé, la vérification elle-même a échoué : je ne peux rien en tirer. Vous pouvez réessayer ou continuer.',
  mailbox: 'la boîte mail',
  found: (address) => `Voici ce que j’ai trouvé pour ${address} :`,
  allFine: (address) => `Tout ce que je peux voir de l’extérieur semble correct pour ${address} :`,
  afterFound: 'Continuez, et je vous guiderai pour corriger cela.',
  afterFine: 'La cause est donc sans doute un réglage dans Microsoft 365 ou dans Close. Continuons.',
});
