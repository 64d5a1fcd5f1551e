import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { minutesToMarkdown } from '../../../renderer/src/export/markdown';
import { embedMinutesMarkdown, escapeMarkdown } from '../../../renderer/src/export/markdown-text';
import { expected, languages, meetingTitle, minutesDocument, secrets } from '../../fixtures/minutes';

function textOf(node: Nodes): string {
  if ('value' in node) return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

function all(node: Nodes): Nodes[] {
  return [node, ...('children' in node ? node.children.flatMap(all) : [])];
}

function headings(markdown: string, depth: number): string[] {
  return all(fromMarkdown(markdown))
    .filter((node) => node.type === 'heading' && node.depth === depth)
    .map(textOf);
}

/** A GitHub-style table row, unescaped the way a reader sees it. */
function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

describe.each(languages)('Markdown minutes (%s)', (language) => {
  const words = expected[language];
  const full = minutesToMarkdown(minutesDocument(language, 'full'), language);
  const circulation = minutesToMarkdown(minutesDocument(language, 'circulation', 'approved'), language);

  it('has one title, in the export language, with the meeting title exactly as entered', () => {
    expect(headings(full, 1)).toEqual([words.title]);
    expect(headings(full, 2)).toContain(words.itemHeading);
    expect(headings(full, 3)).toContain(words.decisions);
    for (const other of words.other) expect(full).not.toContain(other);
  });

  it('marks drafts, and only drafts', () => {
    expect(full.split('\n')[0]).toBe(`**${words.marking}** · **${words.draft}**`);
    expect(circulation.split('\n')[0]).toBe(`**${words.circulationMarking}**`);
    expect(circulation).not.toContain(words.draft);
  });

  it('lists attendance by organisation, with apologies and their reason', () => {
    expect(full).toContain(row([escapeMarkdown('Organisation'), words.present, words.apologies, words.absent]));
    expect(full).toContain(row(['Jugendamt Musterstadt', 'Anna Müller', 'Ben Fuchs (Fortbildung)', '']));
    expect(full).toContain(row(['Gesamtschule Nord', '', '', 'Lena Groß']));
    expect(full).toContain(row([words.guests, 'Eva Ohne', '', '']));
  });

  it('lists the actions in a table, and the actions arising from earlier meetings', () => {
    expect(full).toContain(row(words.actionColumns));
    expect(full).toContain(row(words.firstAction));
    expect(full).toContain(row(words.secondAction));
    expect(full).toContain('| Flyer überarbeiten | Lena Groß (Gesamtschule Nord) |');
  });

  it('lists amendments with their reason, timed on the meeting’s wall clock', () => {
    expect(headings(full, 2)).toContain(words.amendments);
    expect(full).toContain(`- ${words.amendment}: TOP 2: Datum korrigiert`);
  });

  it('gives the meeting’s time as planned, in its own zone, named (whatever this computer’s zone)', () => {
    expect(full).toContain(words.when);
    expect(circulation).toContain(words.approvedAt);
  });

  it('keeps the minutes’ own formatting: bold, lists, links', () => {
    expect(full).toContain('**Schulsozialarbeit**');
    expect(full).toContain('- Zahlen für 2025 liegen vor');
    expect(full).toContain('[Projektseite](https://example.org/projekt?a=1&b=2)');
  });

  it('leaves no raw HTML and no javascript: link for a Markdown viewer to act on', () => {
    const nodes = all(fromMarkdown(full));
    expect(nodes.filter((node) => node.type === 'html')).toEqual([]);
    expect(nodes.filter((node) => node.type === 'link').map((node) => (node.type === 'link' ? node.url : ''))).toEqual([
      'https://example.org/projekt?a=1&b=2',
    ]);
    // …and the text is still there to read
    const text = textOf(fromMarkdown(full));
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<img src=x onerror=alert(1)>');
  });

  it('shows confidential items in the full version, marked as such', () => {
    expect(full).toContain(words.confidentialItem);
    expect(full).toContain('GEHEIM: Notizen zur Personalie.');
  });

  it('the version for circulation says what it leaves out, and leaves no trace of it', () => {
    const quote = all(fromMarkdown(circulation)).filter((node) => node.type === 'blockquote').map(textOf).join('\n');
    expect(quote).toContain(words.circulationNote);
    expect(quote).toContain(words.omitted);
    expect(quote).toContain(words.withheld);
    expect(circulation).toContain(words.withheldItem);
    for (const secret of secrets) expect(circulation).not.toContain(secret);
    expect(headings(circulation, 2)).toContain(`${language === 'de' ? 'TOP' : 'Item'} 3: Fallbesprechung K.`);
  });
});

describe('Markdown escaping', () => {
  it('keeps plain text from turning into Markdown structure', () => {
    for (const text of [meetingTitle, '# not a heading', '- not a list', '1. not a list', '> not a quote', 'a | b', '[x](javascript:y)', '&amp; stays', '<b>bold?</b>', '`code`', 'Teilnehmer*innen und Partner*innen']) {
      const tree = fromMarkdown(`- ${escapeMarkdown(text)}`);
      expect(tree.children).toHaveLength(1);
      expect(all(tree).filter((node) => !['root', 'list', 'listItem', 'paragraph', 'text'].includes(node.type))).toEqual([]);
      expect(textOf(tree)).toBe(text);
    }
  });

  it('keeps dates readable', () => {
    expect(escapeMarkdown('05.03.2026')).toBe('05.03.2026');
  });

  it('moves headings in minutes below the item heading and closes a code fence left open', () => {
    const embedded = embedMinutesMarkdown('# Background\n\nSetext\n===\n\n```\nunclosed', 2);
    expect(headings(embedded, 3)).toEqual(['Background', 'Setext']);
    const document = `${embedded}\n\n## Next item`;
    expect(headings(document, 2)).toEqual(['Next item']);
  });
});
