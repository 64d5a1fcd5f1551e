/** Information-sharing agreements between partners: drafts, in force, due for review, ended. */
import { dataCategories, legalBases, partyRoles, type Agreement, type AgreementStatus, type LegalBasis } from '../../../renderer/src/domain/agreement';
import type { Partner } from '../../../renderer/src/domain/partner';
import type { CityContext } from './context';
import { addDaysTo, dayNumber, instantOn } from './dates';
import { paragraph, personName, role, sentence } from './words';

const specialBases: LegalBasis[] = ['dsgvo_9_2_g', 'bdsg_22'];
const sensitive = new Set(['health', 'ideology_beliefs']);

export function generateAgreements(context: CityContext, partners: Partner[]): Agreement[] {
  const { random, counts, today, audit } = context;
  const agreements: Agreement[] = [];
  const span = dayNumber(today) - dayNumber(context.start) - 20;
  for (let index = 0; index < counts.agreements; index += 1) {
    const parties = random
      .sample(partners, random.int(2, Math.min(5, partners.length)))
      .map((partner) => ({ partnerId: partner.id, role: random.pick(partyRoles) }));
    const categories = random.sample(dataCategories, random.int(1, 4));
    const bases: LegalBasis[] = [random.pick(legalBases.filter((basis) => !specialBases.includes(basis)))];
    if (categories.some((category) => sensitive.has(category))) bases.push(random.pick(specialBases));
    const startDate = addDaysTo(context.start, 10 + Math.floor(random.next() * span));
    const reviewDate = addDaysTo(startDate, random.int(300, 1100));
    const endDate = random.chance(0.3) ? addDaysTo(startDate, random.int(900, 1800)) : '';
    const roll = random.next();
    const status: AgreementStatus =
      roll < 0.05 ? 'draft' : roll < 0.1 ? 'terminated' : endDate !== '' && endDate < today ? 'expired' : roll < 0.85 ? 'active' : 'under_review';
    const signed = status !== 'draft';
    const createdAt = instantOn(addDaysTo(startDate, -random.int(10, 60)), 9, random.int(0, 59));
    const agreement: Agreement = {
      id: random.uuid(),
      createdAt,
      updatedAt: createdAt,
      deletedAt: null,
      revision: 1,
      title: `Vereinbarung zum Informationsaustausch ${index + 1}: ${sentence(random).slice(0, 60).trimEnd()}`,
      parties,
      purpose: paragraph(random, 2),
      legalBases: bases,
      legalBasisOther: '',
      dataCategories: categories,
      sharingMethod: random.chance(0.7) ? 'Verschlüsselte E-Mail / encrypted email' : '',
      security: random.chance(0.6) ? sentence(random) : '',
      retentionPeriod: random.chance(0.7) ? `${random.int(1, 6)} Jahre` : '',
      retentionMonths: null,
      deletionArrangements: random.chance(0.5) ? sentence(random) : '',
      startDate,
      reviewDate,
      endDate,
      signatories: parties.map((party) => ({
        name: personName(random),
        organisation: partners.find((partner) => partner.id === party.partnerId)!.name,
        role: role(random),
        signedOn: signed ? addDaysTo(startDate, -random.int(0, 9)) : '',
      })),
      status,
      documentReference: `ISA-${startDate.slice(0, 4)}-${String(index + 1).padStart(4, '0')}`,
    };
    agreements.push(agreement);
    audit.created('agreements', agreement);
  }
  return agreements;
}
