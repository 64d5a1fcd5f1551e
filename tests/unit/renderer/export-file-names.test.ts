import { describe, expect, it } from 'vitest';
import { actionsFileName, maxStemBytes, meetingCalendarFileName, minutesFileName, safeFileName } from '../../../renderer/src/export/file-names';
import { minutesDocument } from '../../fixtures/minutes';

// eslint-disable-next-line no-control-regex -- control characters are among the forbidden ones
const forbidden = /[\\/:*?"<>|\u0000-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;
const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('export file names', () => {
  it('say date, meeting, "minutes", version and draft in German', () => {
    expect(minutesFileName(minutesDocument('de', 'circulation'), 'de', 'docx')).toBe(
      '2026-03-05 Frühjahrstreffen “Schule & Jugend” Q1 #1 Süd – Protokoll (zur Verteilung) – ENTWURF.docx',
    );
    expect(minutesFileName(minutesDocument('de', 'full', 'approved'), 'de', 'pdf')).toBe(
      '2026-03-05 Frühjahrstreffen “Schule & Jugend” Q1 #1 Süd – Protokoll (vollständig).pdf',
    );
  });

  it('say date, meeting, "minutes", version and draft in English', () => {
    expect(minutesFileName(minutesDocument('en', 'circulation', 'approved'), 'en', 'md')).toBe(
      '2026-03-05 Frühjahrstreffen “Schule & Jugend” Q1 #1 Süd – Minutes (for circulation).md',
    );
    expect(minutesFileName(minutesDocument('en', 'full'), 'en', 'docx')).toBe(
      '2026-03-05 Frühjahrstreffen “Schule & Jugend” Q1 #1 Süd – Minutes (full) – DRAFT.docx',
    );
  });

  it('name calendar files after the meeting, or the actions', () => {
    expect(meetingCalendarFileName(minutesDocument('en', 'full'))).toBe('2026-03-05 Frühjahrstreffen “Schule & Jugend” Q1 #1 Süd.ics');
    expect(actionsFileName('de')).toBe('Aufgaben.ics');
    expect(actionsFileName('en', { startsAt: '2026-03-05T13:30:00.000Z', timeZone: 'Europe/Berlin', title: 'Case panel: March' })).toBe(
      '2026-03-05 Case panel - March – Actions.ics',
    );
  });

  it('date the file on the meeting’s own wall clock, not in UTC, near midnight too', () => {
    const doc = minutesDocument('en', 'full');
    // 00:30 on 5 June in Berlin is still 4 June in UTC; 20:00 on 4 June in New York is already 5 June in UTC.
    const berlin = { ...doc, meeting: { ...doc.meeting, startsAt: '2026-06-04T22:30:00.000Z', endsAt: '2026-06-05T00:30:00.000Z', timeZone: 'Europe/Berlin' } };
    const newYork = {
      ...doc,
      meeting: { ...doc.meeting, startsAt: '2026-06-05T00:00:00.000Z', endsAt: '2026-06-05T02:00:00.000Z', timeZone: 'America/New_York' },
    };
    expect(meetingCalendarFileName(berlin).slice(0, 10)).toBe('2026-06-05');
    expect(minutesFileName(berlin, 'en', 'md').slice(0, 10)).toBe('2026-06-05');
    expect(meetingCalendarFileName(newYork).slice(0, 10)).toBe('2026-06-04');
    expect(actionsFileName('en', { ...newYork.meeting, title: 'Late' })).toBe('2026-06-04 Late – Actions.ics');
  });

  it('contain no character any system forbids, nor disguising bidi controls', () => {
    const nasty = 'a/b\\c:d*e?f"g<h>i|j\u0007k\u202Etxt.exe\nnew line';
    const name = safeFileName({ middle: nasty }, 'pdf');
    expect(name).not.toMatch(forbidden);
    expect(name).toBe("a-b-c-def'ghij ktxt.exe new line.pdf");
  });

  it('avoid reserved Windows names, leading dots and trailing dots or spaces', () => {
    expect(safeFileName({ middle: 'CON' }, 'md')).toBe('_CON.md');
    expect(safeFileName({ middle: 'nul.tar' }, 'md')).toBe('_nul.tar.md');
    expect(safeFileName({ middle: '..hidden. . ' }, 'md')).toBe('hidden.md');
    expect(safeFileName({ middle: '???' }, 'md')).toBe('export.md');
  });

  it('shorten a long title, never the date or the version, and never split a character', () => {
    const doc = minutesDocument('de', 'circulation');
    const long = { ...doc, meeting: { ...doc.meeting, title: 'Überlängenprüfung 😀 '.repeat(40) } };
    const name = minutesFileName(long, 'de', 'docx');
    const stem = name.slice(0, -'.docx'.length);
    expect(bytes(stem)).toBeLessThanOrEqual(maxStemBytes);
    expect(name.startsWith('2026-03-05 Überlängenprüfung')).toBe(true);
    expect(name.endsWith('… – Protokoll (zur Verteilung) – ENTWURF.docx')).toBe(true);
    expect(name).not.toMatch(/[\uD800-\uDFFF](?![\uDC00-\uDFFF])/u);
    expect(name.normalize('NFC')).toBe(name);
  });
});
