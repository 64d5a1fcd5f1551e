/**
 * The editor's values: what a new edition starts with, what a stored one is edited as, and
 * the empty rows the editor adds. Items get their id when added, so a threat can name a
 * source before either is saved, and threats keep their ids from edition to edition.
 */
import { addDays, localToday } from '../../domain/date-time';
import { emptyEdition, type RiskEditionInput, type RiskPictureEdition, type RiskSourceInput, type ThreatInput } from '../../domain/risk-picture';

const newId = () => crypto.randomUUID();

/** A yearly picture starting at the beginning of this year. */
export function blankEdition(title: string): RiskEditionInput {
  const start = `${localToday().slice(0, 4)}-01-01`;
  return emptyEdition(title, start, addDays(`${Number(start.slice(0, 4)) + 1}-01-01`, -1));
}

export function editionInput(edition: RiskPictureEdition): RiskEditionInput {
  const { title, periodStart, periodEnd, summary, markings, threats, sources, vulnerabilities, protectiveFactors, gaps } = edition;
  return { title, periodStart, periodEnd, summary, markings, threats, sources, vulnerabilities, protectiveFactors, gaps };
}

export function newThreat(): ThreatInput {
  return {
    id: newId(),
    concern: 'right_wing',
    title: '',
    description: '',
    areas: '',
    groups: '',
    trend: 'stable',
    likelihood: 3,
    impact: 3,
    sourceIds: [],
    actionIds: [],
    partnerIds: [],
  };
}

export function newSource(): RiskSourceInput {
  return { id: newId(), kind: 'public_report', partnerId: '', title: '', date: '', reliability: 'F', credibility: '6', note: '' };
}

export function newFactor(text = ''): { id: string; text: string } {
  return { id: newId(), text };
}

export function newGap(text = '', sector: RiskEditionInput['gaps'][number]['sector'] = ''): RiskEditionInput['gaps'][number] {
  return { id: newId(), text, sector };
}
