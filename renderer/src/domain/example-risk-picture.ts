/**
 * The example network's risk picture: a draft edition for this year with three threats, two
 * of them answered by the example's actions, and the sources behind them graded on the
 * Admiralty scale. Invented like the rest of the example, and says so.
 */
import type { Language } from '../../../electron/contract';
import type { ExamplePartnerKey } from './example-network';
import { addDays } from './date-time';
import { emptyEdition, type RiskEditionInput } from './risk-picture';

export interface ExampleRiskLinks {
  partnerId: (key: ExamplePartnerKey) => string;
  /** The example's actions a threat's response names: training for teachers, the translated leaflet. */
  trainingActionId: string;
  leafletActionId: string;
}

export function exampleRiskPicture(language: Language, today: string, links: ExampleRiskLinks): RiskEditionInput {
  const say = (words: Record<Language, string>) => words[language];
  const id = () => crypto.randomUUID();
  const year = today.slice(0, 4);
  const [policeReport, stateReport, ownFigures] = [id(), id(), id()];
  return {
    ...emptyEdition(say({ de: `Beispiel: Lagebild ${year}`, en: `Example: risk picture ${year}` }), `${year}-01-01`, addDays(`${Number(year) + 1}-01-01`, -1)),
    summary: say({
      de: 'Frei erfundenes Beispiel. Rechtsextreme Aufkleber und Online-Anwerbung unter Jugendlichen nehmen zu; frauenfeindliche Inhalte sind neu im Blick.',
      en: 'An invented example. Far-right stickers and online recruitment among young people are rising; misogynist content is newly in view.',
    }),
    threats: [
      {
        id: id(),
        concern: 'right_wing',
        title: say({ de: 'Rechtsextreme Anwerbung im Beispielviertel', en: 'Far-right recruitment in the example district' }),
        description: say({
          de: 'Mehr Aufkleber und Schmierereien, Ansprache von Jugendlichen vor der Gesamtschule (Beispiel).',
          en: 'More stickers and graffiti, young people approached outside the comprehensive school (example).',
        }),
        areas: say({ de: 'Beispielviertel, Umfeld der Gesamtschule', en: 'Example district, around the comprehensive school' }),
        groups: say({ de: 'Jugendliche 14–17', en: 'Young people aged 14–17' }),
        trend: 'rising',
        likelihood: 4,
        impact: 4,
        sourceIds: [policeReport, ownFigures],
        actionIds: [links.trainingActionId],
        partnerIds: [links.partnerId('school'), links.partnerId('police')],
      },
      {
        id: id(),
        concern: 'misogyny_incel',
        title: '',
        description: say({
          de: 'Frauenfeindliche Inhalte in Chats von Schüler*innen, von der Schulsozialarbeit berichtet (Beispiel).',
          en: 'Misogynist content in pupils’ chats, reported by school social work (example).',
        }),
        areas: '',
        groups: say({ de: 'Jungen und junge Männer', en: 'Boys and young men' }),
        trend: 'new',
        likelihood: 3,
        impact: 3,
        sourceIds: [stateReport],
        actionIds: [links.leafletActionId],
        partnerIds: [links.partnerId('civilSociety')],
      },
      {
        id: id(),
        concern: 'islamist',
        title: '',
        description: say({
          de: 'Einzelne Hinweise auf Online-Propaganda, keine Zunahme (Beispiel).',
          en: 'Isolated signs of online propaganda, no increase (example).',
        }),
        areas: '',
        groups: '',
        trend: 'stable',
        likelihood: 2,
        impact: 4,
        sourceIds: [stateReport],
        actionIds: [],
        partnerIds: [links.partnerId('policePrevention')],
      },
    ],
    sources: [
      {
        id: policeReport,
        kind: 'partner',
        partnerId: links.partnerId('police'),
        title: say({ de: 'Polizei: Bericht in der Beispiel-Sitzung', en: 'Police: report at the example meeting' }),
        date: addDays(today, -14),
        reliability: 'B',
        credibility: '2',
        note: '',
      },
      {
        id: stateReport,
        kind: 'public_report',
        partnerId: '',
        title: say({ de: 'Verfassungsschutzbericht des Landes (Beispiel)', en: 'National threat assessment (example)' }),
        date: `${Number(year) - 1}-06-01`,
        reliability: 'A',
        credibility: '2',
        note: '',
      },
      {
        id: ownFigures,
        kind: 'case_figures',
        partnerId: '',
        title: say({ de: 'Eigene Fallmeldungen des Netzwerks', en: 'The network’s own referrals' }),
        date: today,
        reliability: 'A',
        credibility: '1',
        note: '',
      },
    ],
    vulnerabilities: [
      {
        id: id(),
        text: say({ de: 'Wenig Freizeitangebote für Jugendliche im Beispielviertel.', en: 'Few leisure offers for young people in the example district.' }),
      },
    ],
    protectiveFactors: [
      { id: id(), text: say({ de: 'Aktive Schulsozialarbeit an der Gesamtschule.', en: 'Active school social work at the comprehensive school.' }) },
    ],
    gaps: [],
  };
}
