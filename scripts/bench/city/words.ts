/**
 * Names and texts of the synthetic city: German and English words mixed as a bilingual
 * network writes them. Minutes are a few hundred words of Markdown (paragraphs, bold, lists).
 */
import type { Random } from './random';

export const districts = [
  'Altstadt',
  'Nordstadt',
  'Südstadt',
  'Weststadt',
  'Oststadt',
  'Mitte',
  'Hafen',
  'Bahnhofsviertel',
  'Lindenhof',
  'Eichenau',
  'Rosenhügel',
  'Am Park',
  'Neustadt',
  'Kirchberg',
  'Feldmark',
  'Riverside',
  'Hillcrest',
  'Brookfield',
  'Marktviertel',
  'Schlossberg',
];

const organisationKinds: { sector: string; names: string[] }[] = [
  { sector: 'local_government', names: ['Stadtverwaltung', 'Ordnungsamt', 'Bezirksamt', 'City Council'] },
  { sector: 'police', names: ['Polizeiinspektion', 'Polizeirevier', 'Police Station'] },
  { sector: 'police_prevention', names: ['Präventionsteam der Polizei', 'Kriminalprävention', 'Prevent Policing Team'] },
  { sector: 'school', names: ['Gesamtschule', 'Gymnasium', 'Realschule', 'Grundschule', 'Berufskolleg', 'Academy'] },
  { sector: 'higher_education', names: ['Hochschule', 'Universität', 'College'] },
  { sector: 'social_services', names: ['Jugendamt', 'Sozialamt', 'Familienhilfe', 'Children’s Services'] },
  { sector: 'civil_society', names: ['Bürgerverein', 'Nachbarschaftshilfe', 'Stiftung Miteinander', 'Demokratiezentrum'] },
  { sector: 'prevention_coordination', names: ['Präventionskoordination', 'Prevent Coordination'] },
  { sector: 'national_government', names: ['Landesamt', 'Bundesprogramm', 'Home Office Liaison'] },
  { sector: 'religious', names: ['Moscheegemeinde', 'Kirchengemeinde', 'Synagogengemeinde', 'Alevitische Gemeinde'] },
  { sector: 'youth', names: ['Jugendzentrum', 'Jugendtreff', 'Youth Club', 'Sportjugend'] },
  { sector: 'womens_group', names: ['Frauennetzwerk', 'Women’s Centre', 'Mütterzentrum'] },
  { sector: 'community_group', names: ['Kulturverein', 'Elternverein', 'Community Forum', 'Sportverein'] },
  { sector: 'mental_health', names: ['Sozialpsychiatrischer Dienst', 'Beratungsstelle', 'Mental Health Trust'] },
  { sector: 'tech_platform', names: ['Plattform-Kontaktstelle', 'Online Safety Desk'] },
  { sector: 'business', names: ['Handwerkskammer', 'Industrie- und Handelskammer', 'Jobcenter'] },
  { sector: 'justice', names: ['Bewährungshilfe', 'Jugendgerichtshilfe', 'Amtsgericht', 'Probation Service'] },
  { sector: 'arts_culture', names: ['Stadtbibliothek', 'Theaterwerkstatt', 'Museum', 'Arts Centre'] },
];

const firstNames = [
  'Anna',
  'Ben',
  'Clara',
  'David',
  'Elif',
  'Finn',
  'Greta',
  'Hamza',
  'Ida',
  'Jonas',
  'Kerstin',
  'Lukas',
  'Mira',
  'Noah',
  'Olga',
  'Paul',
  'Rana',
  'Sven',
  'Tanja',
  'Umut',
  'Vera',
  'Wiebke',
  'Yusuf',
  'Zoe',
  'Aylin',
  'Bernd',
  'Chiara',
  'Dirk',
  'Emma',
  'Fatma',
  'Sarah',
  'James',
  'Priya',
  'Tom',
  'Grace',
  'Omar',
];
const lastNames = [
  'Müller',
  'Schmidt',
  'Yılmaz',
  'Schneider',
  'Fischer',
  'Weber',
  'Kaya',
  'Wagner',
  'Becker',
  'Hoffmann',
  'Schulz',
  'Koch',
  'Richter',
  'Demir',
  'Klein',
  'Wolf',
  'Neumann',
  'Schwarz',
  'Zimmermann',
  'Braun',
  'Krüger',
  'Hartmann',
  'Lange',
  'Nowak',
  'Smith',
  'Jones',
  'Patel',
  'Brown',
  'Taylor',
  'Khan',
];
const roles = [
  'Leitung',
  'Sozialarbeiter*in',
  'Schulleitung',
  'Kontaktbeamt*in',
  'Koordinator*in',
  'Berater*in',
  'Team lead',
  'Youth worker',
  'Safeguarding lead',
];

const words = (
  'Netzwerk Partner Schule Jugendamt Polizei Beratung Fallkonferenz Prävention Eltern Familie Unterstützung Gespräch Termin ' +
  'Verein Moschee Kirche Quartier Angebot Workshop Schulung Förderung Bericht Auswertung Maßnahme Radikalisierung Ausstieg ' +
  'network partners agreed review referral school youth service council prevention coordinator report risk outreach ' +
  'training funding parents association sports club university counselling family support case panel working group ' +
  'follow up next quarter budget evaluation online Plattform Mentoring Kontakt Vertrauen Datenschutz Einwilligung'
).split(' ');

export interface Organisation {
  sector: string;
  name: string;
  shortName: string;
}

/** The n-th organisation of the city: names unique by kind, district and, past those, a number. */
export function organisation(random: Random, index: number): Organisation {
  const kind = organisationKinds[index % organisationKinds.length]!;
  const base = kind.names[Math.floor(index / organisationKinds.length) % kind.names.length]!;
  const district = districts[Math.floor(index / (organisationKinds.length * 2)) % districts.length]!;
  const round = Math.floor(index / (organisationKinds.length * 2 * districts.length));
  const name = `${base} ${district}${round > 0 ? ` ${round + 1}` : ''}`;
  const initials = name
    .split(/[\s-]+/)
    .map((word) => word[0]!.toUpperCase())
    .join('');
  return { sector: kind.sector, name, shortName: random.chance(0.6) ? initials.slice(0, 12) : '' };
}

export function personName(random: Random): string {
  return `${random.pick(firstNames)} ${random.pick(lastNames)}`;
}

export function role(random: Random): string {
  return random.pick(roles);
}

/** A sentence of 6–16 words, capitalised, with a full stop. */
export function sentence(random: Random): string {
  const count = random.int(6, 16);
  const chosen: string[] = [];
  for (let index = 0; index < count; index += 1) chosen.push(random.pick(words));
  const text = chosen.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

export function paragraph(random: Random, sentences = random.int(3, 6)): string {
  const parts: string[] = [];
  for (let index = 0; index < sentences; index += 1) parts.push(sentence(random));
  return parts.join(' ');
}

/** A few hundred words of Markdown minutes: paragraphs, a bold lead, a list. */
export function minutes(random: Random): string {
  const list = Array.from({ length: random.int(2, 4) }, () => `- ${sentence(random)}`).join('\n');
  return [paragraph(random), `**Diskussion / discussion.** ${paragraph(random)}`, list, paragraph(random), paragraph(random, random.int(2, 4))].join('\n\n');
}

/** A short title: two to five words, capitalised. */
export function title(random: Random): string {
  const text = Array.from({ length: random.int(2, 5) }, () => random.pick(words)).join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}`;
}
