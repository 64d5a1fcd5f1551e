// @vitest-environment jsdom
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { MinutesDocument } from '../../../renderer/src/domain/minutes-document';
import type { Language } from '../../../renderer/src/i18n/language';
import { minutesToDocx } from '../../../renderer/src/export/docx';
import { collapsed, hostileMinutes, hostilePayloads } from '../../fixtures/hostile-text';
import { expected, languages, minutesDocument, secrets } from '../../fixtures/minutes';

interface Unpacked {
  /** Every XML part, by path. */
  parts: Record<string, string>;
  body: string;
  headers: string;
  footers: string;
}

async function unpack(doc: MinutesDocument, language: Language): Promise<Unpacked> {
  const bytes = await minutesToDocx(doc, language);
  expect(bytes).toBeInstanceOf(Uint8Array);
  const files = unzipSync(bytes);
  const parts = Object.fromEntries(Object.entries(files).map(([path, data]) => [path, strFromU8(data)]));
  const pick = (pattern: RegExp) =>
    Object.keys(parts)
      .filter((path) => pattern.test(path))
      .map((path) => parts[path])
      .join('\n');
  return { parts, body: parts['word/document.xml'] ?? '', headers: pick(/^word\/header\d+\.xml$/), footers: pick(/^word\/footer\d+\.xml$/) };
}

const decode = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of each paragraph, as Word would show it. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) =>
    decode([...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((run) => run[1] ?? '\t').join('')),
  );
}

/** The cells of each table row, each cell's paragraphs joined by " / ". */
function rows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((match) =>
    [...match[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => paragraphs(cell[0]).join(' / ')),
  );
}

describe.each(languages)('DOCX minutes (%s)', (language) => {
  const words = expected[language];

  it('is a Word document with the title, headings and labels of the export language', async () => {
    const { parts, body } = await unpack(minutesDocument(language, 'full'), language);
    expect(Object.keys(parts)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
    const text = paragraphs(body);
    expect(text).toContain(words.title);
    expect(text).toContain(words.itemHeading);
    expect(text).toContain(words.decisions);
    expect(body).toMatch(new RegExp(`<w:pStyle w:val="Heading2"/>[\\s\\S]{0,400}?${words.itemHeading.slice(0, 10)}`));
    for (const other of words.other) expect(text.join('\n')).not.toContain(other);
  });

  it('gives the meeting’s time as planned, in its own zone, named (whatever this computer’s zone)', async () => {
    expect(paragraphs((await unpack(minutesDocument(language, 'full'), language)).body).join('\n')).toContain(words.when);
    expect(paragraphs((await unpack(minutesDocument(language, 'full', 'approved'), language)).body).join('\n')).toContain(words.approvedAt);
  });

  it('puts the confidentiality marking and the draft mark in the header of every page, and page numbers in the footer', async () => {
    const draft = await unpack(minutesDocument(language, 'full'), language);
    expect(paragraphs(draft.headers)).toEqual([`${words.marking}\t${words.draft}`]);
    expect(paragraphs(draft.body)[0]).toBe(words.draft);
    // one default header: Word repeats it on every page (no first-page or even-page variants)
    expect(draft.body).toMatch(/<w:headerReference w:type="default"/);
    expect(draft.body).not.toMatch(/<w:titlePg\/>/);
    expect(draft.footers).toContain('>PAGE<');
    expect(draft.footers).toContain('>NUMPAGES<');

    const approved = await unpack(minutesDocument(language, 'circulation', 'approved'), language);
    expect(paragraphs(approved.headers)).toEqual([words.circulationMarking]);
    expect(JSON.stringify(approved.parts)).not.toContain(words.draft);
  });

  it('has tables of attendance by organisation and of actions', async () => {
    const { body } = await unpack(minutesDocument(language, 'full'), language);
    const table = rows(body);
    expect(table).toContainEqual(['Organisation', words.present, words.apologies, words.absent]);
    expect(table).toContainEqual(['Jugendamt Musterstadt', 'Anna Müller', 'Ben Fuchs (Fortbildung)', '']);
    expect(table).toContainEqual([words.guests, 'Eva Ohne', '', '']);
    expect(table).toContainEqual([...words.actionColumns]);
    expect(table).toContainEqual([...words.firstAction]);
    expect(table).toContainEqual([...words.secondAction]);
    expect(paragraphs(body)).toContain(words.amendments);
    expect(paragraphs(body).some((line) => line.includes('TOP 2: Datum korrigiert'))).toBe(true);
  });

  it('converts the minutes’ Markdown: bold, list items, links with their address', async () => {
    const { body } = await unpack(minutesDocument(language, 'full'), language);
    expect(body).toMatch(/<w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">Schulsozialarbeit<\/w:t>/);
    expect(body).toMatch(/<w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">Brücke<\/w:t>/);
    expect(body).toMatch(/<w:numPr>[\s\S]{0,200}?<\/w:pPr><w:r><w:t xml:space="preserve">Zahlen für 2025 liegen vor/);
    expect(paragraphs(body)).toContain('Mehr unter Projektseite (https://example.org/projekt?a=1&b=2) und Code <b>.');
  });

  it('writes raw HTML in the minutes as literal, escaped text', async () => {
    const { body } = await unpack(minutesDocument(language, 'full'), language);
    expect(body).not.toMatch(/<script|<img/i);
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(paragraphs(body)).toContain('Bild: <img src=x onerror=alert(1)> und Trick (javascript:alert(1)).');
  });

  it('the version for circulation says what it leaves out, and leaves no trace of it anywhere in the file', async () => {
    const { parts, body } = await unpack(minutesDocument(language, 'circulation', 'approved'), language);
    const text = paragraphs(body);
    expect(text.some((line) => line.includes(words.circulationNote))).toBe(true);
    expect(text).toContain(words.omitted);
    expect(text).toContain(words.withheld);
    expect(text).toContain(words.withheldItem);
    for (const [path, xml] of Object.entries(parts)) {
      for (const secret of secrets) expect(`${path}: ${decode(xml)}`).not.toContain(secret);
    }
  });
});

describe.each(hostilePayloads)('DOCX of hostile text: $text', ({ text, shownInMinutes }) => {
  it('has no hyperlink, no outside relationship and no markup from the text, and shows the text', async () => {
    const { parts, body } = await unpack(hostileMinutes(text, 'en'), 'en');
    const everything = Object.values(parts).join('\n');
    expect(everything).not.toMatch(/<w:hyperlink|w:instrText[^>]*>\s*HYPERLINK|TargetMode="External"|<script|<img|<svg/i);
    for (const [path, xml] of Object.entries(parts)) {
      const parsed = new DOMParser().parseFromString(xml, 'application/xml');
      expect(`${path}: ${parsed.getElementsByTagName('parsererror').length}`).toBe(`${path}: 0`);
    }
    const shown = collapsed(paragraphs(body).join(' '));
    expect(paragraphs(body).map(collapsed)).toContain(`Minutes: ${collapsed(text)}`);
    // Links are printed as their text and their address: every character of the minutes is there.
    for (const word of collapsed(shownInMinutes)
      .split(/[\s[\]()!<>]+/)
      .filter(Boolean))
      expect(shown).toContain(word);
  });
});

describe('DOCX Markdown conversion', () => {
  it('numbers each ordered list from its own start and keeps headings below the item heading', async () => {
    const doc = minutesDocument('en', 'full');
    const [first, second] = doc.items;
    const items = [
      { ...first!, minutes: '# Background\n\n1. one\n2. two' },
      { ...second!, minutes: '3. three\n4. four\n\n> quoted\n\n---' },
    ];
    const { parts, body } = await unpack({ ...doc, items }, 'en');
    expect(body).toMatch(/<w:pStyle w:val="Heading3"\/>[\s\S]{0,300}?Background/);
    const numbering = parts['word/numbering.xml'] ?? '';
    expect(numbering).toMatch(/<w:start w:val="3"\/>/);
    expect(paragraphs(body)).toEqual(expect.arrayContaining(['one', 'two', 'three', 'four', 'quoted']));
  });

  it('drops control characters, so every part stays well-formed XML', async () => {
    const doc = minutesDocument('en', 'full');
    const nasty = 'Bell\u0007 and\u0000 null';
    const items = doc.items.map((item) => ({ ...item, minutes: `${item.minutes ?? ''}\n\n${nasty} **${nasty}**` }));
    const { parts, body } = await unpack({ ...doc, items, meeting: { ...doc.meeting, title: nasty } }, 'en');
    expect(paragraphs(body)).toContain('Minutes: Bell and null');
    for (const [path, xml] of Object.entries(parts)) {
      const parsed = new DOMParser().parseFromString(xml, 'application/xml');
      expect(`${path}: ${parsed.getElementsByTagName('parsererror').length}`).toBe(`${path}: 0`);
    }
  });
});
