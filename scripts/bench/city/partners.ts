/** Partner organisations and their contacts. */
import type { Contact, Partner } from '../../../renderer/src/domain/partner';
import type { PartnerStatus, SectorCode } from '../../../renderer/src/domain/sectors';
import type { CityContext } from './context';
import { addDaysTo, dayNumber, instantOn } from './dates';
import { organisation, paragraph, personName, role } from './words';

export interface PartnerData {
  partners: Partner[];
  contacts: Contact[];
  contactsByPartner: Map<string, Contact[]>;
}

const ascii = (text: string) =>
  text
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .replaceAll('ı', 'i')
    .replace(/[^a-z]/g, '');

export function generatePartners(context: CityContext): PartnerData {
  const { random, counts, start, audit } = context;
  const span = dayNumber(context.today) - dayNumber(start) - 30;
  const partners: Partner[] = [];
  for (let index = 0; index < counts.partners; index += 1) {
    const org = organisation(random, index);
    // Most partners joined early; a few are still joining.
    const joinedOn = addDaysTo(start, Math.floor(span * random.next() ** 2));
    const stamp = instantOn(joinedOn, 8, random.int(0, 59));
    const status: PartnerStatus = random.chance(0.82) ? 'active' : random.chance(0.6) ? 'prospective' : 'former';
    const partner: Partner = {
      id: random.uuid(),
      createdAt: stamp,
      updatedAt: stamp,
      deletedAt: null,
      revision: 1,
      name: org.name,
      shortName: org.shortName,
      sector: org.sector as SectorCode,
      status,
      role: random.chance(0.5) ? role(random) : '',
      joinedOn: random.chance(0.9) ? joinedOn : '',
      notes: random.chance(0.3) ? paragraph(random, 2) : '',
    };
    partners.push(partner);
    audit.created('partners', partner);
  }

  const contactsByPartner = new Map<string, Contact[]>();
  const contacts: Contact[] = [];
  for (let index = 0; index < counts.contacts; index += 1) {
    // Every partner gets one contact first, the rest fall at random.
    const partner = index < partners.length ? partners[index]! : random.pick(partners);
    const own = contactsByPartner.get(partner.id) ?? [];
    const name = personName(random);
    const [first, last] = name.split(' ') as [string, string];
    const contact: Contact = {
      id: random.uuid(),
      createdAt: partner.createdAt,
      updatedAt: partner.createdAt,
      deletedAt: null,
      revision: 1,
      partnerId: partner.id,
      position: own.length,
      name,
      role: role(random),
      email: random.chance(0.8) ? `${ascii(first)}.${ascii(last)}@example.org` : '',
      phone: random.chance(0.7) ? `+49 521 ${random.int(100000, 999999)}` : '',
      notes: '',
    };
    own.push(contact);
    contactsByPartner.set(partner.id, own);
    contacts.push(contact);
    audit.created('contacts', contact);
  }
  return { partners, contacts, contactsByPartner };
}
