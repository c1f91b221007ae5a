import { checkReportIn } from './check-report.js';
import { diagnosesEn } from './diagnoses.en.js';
import { probesEn } from './probes.en.js';

export type { FindingExplanation } from './check-report.js';

export const { explainFindings, certificateLine, checkFinding, checkLines, checkReport } = checkReportIn(probesEn, diagnosesEn, {
  colon: ': ',
  cannotRun: "I can't run that check right now. We can carry on without it.",
  interrupted: 'The check was interrupted before it finished (the service restarted). You can run it again.',
  failed: "Sorry, the check itself failed, so I can't tell you anything from it. You can try again or carry on.",
  mailbox: 'the mailbox',
  found: (address) => `Here is what I found for ${address}:`,
  allFine: (address) => `Everything I can see from outside looks fine for ${address}:`,
  afterFound: 'Carry on and I will take you through the fix.',
  afterFine: 'So the cause is likely a setting inside Microsoft 365 or Close. Let’s carry on.',
});
