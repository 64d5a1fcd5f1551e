import { riskEditionInputSchema, type RiskEditionData, type RiskEditionInput } from '../../../renderer/src/domain/risk-picture';

/** A realistic first edition: three threats, graded sources, factors and a gap. */
export function editionInput(overrides: Partial<RiskEditionInput> = {}): RiskEditionInput {
  return {
    title: 'Lagebild Nordstadt 2025',
    periodStart: '2025-01-01',
    periodEnd: '2025-12-31',
    summary: 'Rechtsextreme Mobilisierung unter Jugendlichen nimmt zu.',
    markings: {
      summary: 'public',
      threats: 'internal',
      sources: 'confidential',
      factors: 'internal',
      gaps: 'internal',
      response: 'internal',
      caseFigures: 'internal',
    },
    threats: [
      {
        id: 'threat-right',
        concern: 'right_wing',
        title: 'Rechtsextreme Anwerbung an Schulen',
        description: 'Aufkleber und Ansprache vor der Gesamtschule Nord.',
        areas: 'Nordstadt',
        groups: 'Jugendliche 14–17',
        trend: 'rising',
        likelihood: 3,
        impact: 4,
        sourceIds: ['source-police'],
        actionIds: ['action-1'],
        partnerIds: ['partner-school'],
      },
      {
        id: 'threat-islamist',
        concern: 'islamist',
        title: 'Online-Propaganda',
        description: 'Kurzvideos mit Anwerbung.',
        areas: '',
        groups: 'Junge Erwachsene',
        trend: 'stable',
        likelihood: 2,
        impact: 4,
        sourceIds: ['source-report'],
        actionIds: [],
        partnerIds: [],
      },
      {
        id: 'threat-gangs',
        concern: 'gangs',
        title: '',
        description: 'Revierkonflikte am Hauptbahnhof.',
        areas: 'Hauptbahnhof',
        groups: '',
        trend: 'falling',
        likelihood: 2,
        impact: 2,
        sourceIds: [],
        actionIds: [],
        partnerIds: [],
      },
    ],
    sources: [
      {
        id: 'source-police',
        kind: 'partner',
        partnerId: 'partner-police',
        title: 'Polizei: Lagebesprechung März',
        date: '2025-03-03',
        reliability: 'B',
        credibility: '2',
        note: '',
      },
      {
        id: 'source-report',
        kind: 'public_report',
        partnerId: '',
        title: 'Verfassungsschutzbericht NRW 2024',
        date: '2025-06-01',
        reliability: 'A',
        credibility: '2',
        note: '',
      },
    ],
    vulnerabilities: [{ id: 'vuln-1', text: 'Wenig Freizeitangebote in der Nordstadt' }],
    protectiveFactors: [{ id: 'protect-1', text: 'Aktive Schulsozialarbeit' }],
    gaps: [{ id: 'gap-1', text: 'Noch kein psychosozialer Dienst im Netzwerk', sector: 'mental_health' }],
    ...overrides,
  };
}

/** The edition as stored (defaults applied). */
export function editionData(overrides: Partial<RiskEditionInput> = {}): RiskEditionData {
  return riskEditionInputSchema.parse(editionInput(overrides));
}
