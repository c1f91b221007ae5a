import { checkReportIn } from './check-report.js';
import { diagnosesDe } from './diagnoses.de.js';
import { probesDe } from './probes.de.js';

export const { checkFinding, checkReport } = checkReportIn(probesDe, diagnosesDe, {
  colon: ': ',
  cannotRun: 'Diese Prüfung kann ich gerade nicht starten. Wir können ohne sie weitermachen.',
  interrupted: 'Die Prüfung wurde unterbrochen, bevor sie fertig war (der Dienst wurde neu gestartet). Du kannst sie noch einmal starten.',
  failed: 'Die Prüfung selbst ist leider fehlgeschlagen, darum kann ich daraus nichts ablesen. Du kannst es noch einmal versuchen oder weitermachen.',
  mailbox: 'das Postfach',
  found: (address) => `Das habe ich für ${address} gefunden:`,
  allFine: (address) => `Von außen sieht für ${address} alles gut aus:`,
  afterFound: 'Mach weiter, dann führe ich dich durch die Lösung.',
  afterFine: 'Die Ursache ist also wahrscheinlich eine Einstellung in Microsoft 365 oder in Close. Machen wir weiter.',
});
