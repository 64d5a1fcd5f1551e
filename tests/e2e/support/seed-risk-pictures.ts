/**
 * Two editions of the risk picture, written straight into the app's IndexedDB, sealed with the
 * profile's keys (do the first start first, reload afterwards): the agreed 2025 edition and the
 * 2026 draft started from it, in which one threat rose from amber to red, one is new and one
 * was dropped. Returns the ids, so a test can open the compare page on them.
 */
import type { Page } from 'playwright-core';
import type { RiskPictureEdition, Threat } from '../../../renderer/src/domain/risk-picture';
import { appKeys, sealRows } from './sealing';

const stamp = '2026-02-01T09:00:00.000Z';

function threat(id: string, overrides: Partial<Threat>): Threat {
  return {
    id,
    concern: 'right_wing',
    title: '',
    description: '',
    areas: '',
    groups: '',
    trend: 'stable',
    likelihood: 2,
    impact: 2,
    sourceIds: [],
    actionIds: [],
    partnerIds: [],
    ...overrides,
  };
}

export function riskPictureEditions(): { older: RiskPictureEdition; newer: RiskPictureEdition; unchanged: RiskPictureEdition } {
  const older: RiskPictureEdition = {
    id: 'edition-2025',
    createdAt: stamp,
    updatedAt: stamp,
    deletedAt: null,
    revision: 2,
    title: 'Lagebild Nordstadt 2025',
    periodStart: '2025-01-01',
    periodEnd: '2025-12-31',
    summary: 'Rechtsextreme Mobilisierung unter Jugendlichen.',
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
      threat('threat-right', {
        title: 'Rechtsextreme Anwerbung an Schulen',
        areas: 'Nordstadt',
        trend: 'stable',
        likelihood: 3,
        impact: 4,
        sourceIds: ['source-police'],
      }),
      threat('threat-gangs', { concern: 'gangs', description: 'Revierkonflikte am Hauptbahnhof.', trend: 'falling' }),
    ],
    sources: [
      {
        id: 'source-police',
        kind: 'public_report',
        partnerId: '',
        title: 'Polizei: Lagebild Jugend',
        date: '2025-03-03',
        reliability: 'B',
        credibility: '2',
        note: '',
      },
    ],
    vulnerabilities: [{ id: 'vuln-1', text: 'Wenig Freizeitangebote in der Nordstadt' }],
    protectiveFactors: [],
    gaps: [],
    status: 'agreed',
    editionNumber: 1,
    previousEditionId: null,
    agreement: { agreedOn: '2026-01-20', meetingId: null, decisionId: null, recordedBy: { name: 'Toni Exempel', organisation: 'Präventionskoordination' } },
    caseFigures: null,
  };
  const newer: RiskPictureEdition = {
    ...structuredClone(older),
    id: 'edition-2026',
    revision: 1,
    title: 'Lagebild Nordstadt 2026',
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    threats: [
      threat('threat-right', {
        title: 'Rechtsextreme Anwerbung an Schulen',
        areas: 'Nordstadt, Hauptbahnhof',
        trend: 'rising',
        likelihood: 4,
        impact: 4,
        sourceIds: ['source-police'],
        // An action linked since, and removed from the tracker since: named as removed, not by its id.
        actionIds: ['action-removed-since'],
      }),
      threat('threat-misogyny', { concern: 'misogyny_incel', title: 'Incel-Foren', trend: 'new', likelihood: 2, impact: 3 }),
    ],
    sources: [{ ...older.sources[0]!, reliability: 'C', credibility: '3' }],
    status: 'draft',
    editionNumber: 2,
    previousEditionId: older.id,
    agreement: null,
  };
  // A third edition, started from nothing, equal in content to the 2026 draft: nothing changed.
  const unchanged: RiskPictureEdition = {
    ...structuredClone(newer),
    id: 'edition-copy',
    title: 'Lagebild Nordstadt 2026 (Kopie)',
    editionNumber: 3,
    previousEditionId: null,
  };
  return { older, newer, unchanged };
}

export async function seedRiskPictures(page: Page): Promise<ReturnType<typeof riskPictureEditions>> {
  const editions = riskPictureEditions();
  const rows = sealRows(await appKeys(page), 'riskPictures', Object.values(editions));
  await page.evaluate(async (sealed) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('roundtable');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['riskPictures'], 'readwrite');
      for (const row of sealed) tx.objectStore('riskPictures').put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, rows);
  return editions;
}
