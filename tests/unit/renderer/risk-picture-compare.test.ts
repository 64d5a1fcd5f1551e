import { describe, expect, it } from 'vitest';
import { compareEditions } from '../../../renderer/src/domain/risk-picture-compare';
import type { RiskEditionData, Threat } from '../../../renderer/src/domain/risk-picture';
import { editionData } from './risk-picture-fixtures';

/** The next edition as startNext makes it: the same content for the following year. */
function nextYear(edition: RiskEditionData, change: (next: RiskEditionData) => void = () => undefined): RiskEditionData {
  const next: RiskEditionData = structuredClone({ ...edition, periodStart: '2026-01-01', periodEnd: '2026-12-31' });
  change(next);
  return next;
}

const threat = (edition: RiskEditionData, id: string): Threat => {
  const found = edition.threats.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no threat ${id}`);
  return found;
};

describe('comparing two editions of the risk picture', () => {
  it('finds nothing but the period changed in an edition just started from the previous', () => {
    const older = editionData();
    const comparison = compareEditions(older, nextYear(older));
    expect(comparison.contentChanged).toBe(false);
    expect(comparison.period).toEqual({ before: { start: '2025-01-01', end: '2025-12-31' }, after: { start: '2026-01-01', end: '2026-12-31' }, changed: true });
    expect(comparison.threats).toEqual({ added: [], removed: [], changed: [], unchanged: 3 });
    expect(comparison.sources).toEqual({ added: [], removed: [], changed: [] });
    expect(comparison.markings).toEqual([]);
  });

  it('shows a threat whose level moves from amber to red, with its trend, field by field', () => {
    const older = editionData();
    const newer = nextYear(older, (next) => {
      Object.assign(threat(next, 'threat-right'), { trend: 'rising', likelihood: 4, impact: 4, areas: 'Nordstadt, Hauptbahnhof' });
      threat(next, 'threat-islamist').trend = 'falling';
    });
    const comparison = compareEditions(older, newer);
    expect(comparison.contentChanged).toBe(true);
    expect(comparison.threats.unchanged).toBe(1);
    const [right, islamist] = comparison.threats.changed;
    expect(right).toMatchObject({
      id: 'threat-right',
      fields: [
        { field: 'areas', before: 'Nordstadt', after: 'Nordstadt, Hauptbahnhof' },
        { field: 'likelihood', before: 3, after: 4 },
      ],
      rating: { before: { score: 12, level: 'amber' }, after: { score: 16, level: 'red' }, changed: true },
    });
    expect(islamist).toMatchObject({
      id: 'threat-islamist',
      fields: [{ field: 'trend', before: 'stable', after: 'falling' }],
      rating: { before: { score: 8, level: 'amber' }, after: { score: 8, level: 'amber' }, changed: false },
    });
  });

  it('matches threats by id: a changed concern and title is the same threat changed, not one removed and one added', () => {
    const older = editionData();
    const newer = nextYear(older, (next) => {
      Object.assign(threat(next, 'threat-gangs'), { concern: 'organised_crime', title: 'Organisierte Kriminalität' });
    });
    const comparison = compareEditions(older, newer);
    expect(comparison.threats.added).toEqual([]);
    expect(comparison.threats.removed).toEqual([]);
    expect(comparison.threats.changed.map((change) => change.fields.map((field) => field.field))).toEqual([['concern', 'title']]);
  });

  it('lists threats added and removed, and links to sources, actions and partners added and removed', () => {
    const older = editionData();
    const newer = nextYear(older, (next) => {
      next.threats = next.threats.filter((candidate) => candidate.id !== 'threat-gangs');
      next.threats.push({ ...threat(older, 'threat-gangs'), id: 'threat-misogyny', concern: 'misogyny_incel', title: 'Incel-Foren' });
      Object.assign(threat(next, 'threat-right'), {
        sourceIds: ['source-report'],
        actionIds: ['action-1', 'action-2'],
        partnerIds: [],
      });
    });
    const comparison = compareEditions(older, newer);
    expect(comparison.threats.added.map((added) => added.id)).toEqual(['threat-misogyny']);
    expect(comparison.threats.removed.map((removed) => removed.id)).toEqual(['threat-gangs']);
    expect(comparison.threats.changed).toHaveLength(1);
    expect(comparison.threats.changed[0]!.fields).toEqual([]);
    expect(comparison.threats.changed[0]!.links).toEqual({
      sources: { added: ['source-report'], removed: ['source-police'] },
      actions: { added: ['action-2'], removed: [] },
      partners: { added: [], removed: ['partner-school'] },
    });
    expect(comparison.threats.unchanged).toBe(1);
  });

  it('does not count links listed in another order as a change', () => {
    const older = editionData();
    const newer = nextYear(older, (next) => {
      threat(next, 'threat-right').actionIds = ['action-2', 'action-1'];
    });
    const reordered = nextYear(newer, (next) => {
      threat(next, 'threat-right').actionIds = ['action-1', 'action-2'];
    });
    expect(compareEditions(newer, reordered).threats.changed).toEqual([]);
  });

  it('tells sources added, removed and regraded apart from sources otherwise edited', () => {
    const older = editionData();
    const newer = nextYear(older, (next) => {
      next.sources[0] = { ...next.sources[0]!, reliability: 'C', credibility: '3' };
      next.sources[1] = { ...next.sources[1]!, note: 'Seite 112' };
      next.sources.push({
        id: 'source-figures',
        kind: 'case_figures',
        partnerId: '',
        title: 'Eigene Fallzahlen',
        date: '2026-01-10',
        reliability: 'A',
        credibility: '1',
        note: '',
      });
    });
    const comparison = compareEditions(older, newer);
    expect(comparison.sources.added.map((source) => source.id)).toEqual(['source-figures']);
    expect(comparison.sources.removed).toEqual([]);
    expect(comparison.sources.changed).toMatchObject([
      { id: 'source-police', grading: { before: { reliability: 'B', credibility: '2' }, after: { reliability: 'C', credibility: '3' } }, fields: [] },
      { id: 'source-report', grading: null, fields: ['note'] },
    ]);
    const dropped = compareEditions(
      newer,
      nextYear(newer, (next) => void next.sources.pop()),
    );
    expect(dropped.sources.removed.map((source) => source.id)).toEqual(['source-figures']);
  });

  it('finds factors and gaps added, removed and reworded, and markings changed', () => {
    const older = editionData();
    const newer = nextYear(older, (next) => {
      next.vulnerabilities = [{ id: 'vuln-1', text: 'Kaum Freizeitangebote in der Nordstadt' }];
      next.protectiveFactors = [...next.protectiveFactors, { id: 'protect-2', text: 'Neuer Jugendtreff' }];
      next.gaps = [];
      next.markings = { ...next.markings, sources: 'internal', caseFigures: 'public' };
    });
    const comparison = compareEditions(older, newer);
    expect(comparison.vulnerabilities).toEqual({
      added: [],
      removed: [],
      changed: [
        { before: { id: 'vuln-1', text: 'Wenig Freizeitangebote in der Nordstadt' }, after: { id: 'vuln-1', text: 'Kaum Freizeitangebote in der Nordstadt' } },
      ],
    });
    expect(comparison.protectiveFactors.added).toEqual([{ id: 'protect-2', text: 'Neuer Jugendtreff' }]);
    expect(comparison.gaps.removed.map((gap) => gap.id)).toEqual(['gap-1']);
    expect(comparison.markings).toEqual([
      { section: 'sources', before: 'confidential', after: 'internal' },
      { section: 'caseFigures', before: 'internal', after: 'public' },
    ]);
    expect(comparison.contentChanged).toBe(true);
  });

  it('counts a gap whose sector changed as changed', () => {
    const older = editionData();
    const newer = nextYear(older, (next) => {
      next.gaps = [{ ...next.gaps[0]!, sector: '' }];
    });
    expect(compareEditions(older, newer).gaps.changed).toHaveLength(1);
  });

  it('compares the title, which alone is no change of content, and the summary, which is', () => {
    const older = editionData();
    const retitled = nextYear(older, (next) => {
      next.title = 'Lagebild Nordstadt 2026';
    });
    const comparison = compareEditions(older, retitled);
    expect(comparison.title).toEqual({ before: 'Lagebild Nordstadt 2025', after: 'Lagebild Nordstadt 2026', changed: true });
    expect(comparison.contentChanged).toBe(false);
    const summarised = compareEditions(
      older,
      nextYear(retitled, (next) => void (next.summary = '')),
    );
    expect(summarised.summaryChanged).toBe(true);
    expect(summarised.contentChanged).toBe(true);
  });
});
