import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { minutesToMarkdown } from '../../../renderer/src/export/markdown';
import { escapeMarkdown } from '../../../renderer/src/export/markdown-text';
import { safeMarkdown } from '../../../renderer/src/export/safe-markdown';
import { collapsed, hostileMinutes, hostilePayloads } from '../../fixtures/hostile-text';
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

/** The text a reader of the rendered Markdown sees, blocks apart, whitespace collapsed. */
function visibleText(markdown: string): string {
  const text = (node: Nodes): string => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return node.value;
    if (node.type === 'image') return node.alt ?? '';
    return 'children' in node ? node.children.map(text).join(node.type === 'paragraph' || node.type === 'heading' ? '' : ' ') : '';
  };
  return collapsed(text(fromMarkdown(markdown)));
}

/**
 * What a Markdown viewer could act on: raw HTML, and links, images and reference definitions
 * to anything but http(s) and mailto addresses. An exported file must have none of them.
 */
function liveMarkup(markdown: string): string[] {
  return all(fromMarkdown(markdown)).flatMap((node) => {
    if (node.type === 'html') return [`html: ${node.value}`];
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !/^(https?|mailto):/i.test(node.url))
      return [`${node.type}: ${node.url}`];
    return [];
  });
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

  it('names who approved, and marks a circulation that an amendment made out of date', () => {
    const doc = minutesDocument(language, 'full', 'approved');
    const amended = {
      ...doc,
      meeting: { ...doc.meeting, approvedBy: { name: 'Petra Schulz', organisation: 'Stadt Beispielstadt' } },
      // Sent on the 9th; the amendment of the 10th came after it. The one of the 13th is current.
      circulations: [{ id: 'circ-0', to: 'Lenkungsgruppe', on: '2026-03-09', variant: 'full' as const }, ...doc.circulations],
    };
    const text = visibleText(minutesToMarkdown(amended, language));
    const approvedBy = { de: 'Genehmigt von', en: 'Approved by' }[language];
    const outOfDate = {
      de: `veraltet: verteilt vor der Ergänzung vom ${words.amendment}`,
      en: `out of date: circulated before the amendment of ${words.amendment}`,
    }[language];
    expect(text).toContain(approvedBy);
    expect(text).toContain('Petra Schulz (Stadt Beispielstadt)');
    expect(text).toContain(outOfDate);
    expect(text.split(outOfDate)).toHaveLength(2);
    expect(visibleText(minutesToMarkdown(doc, language))).not.toContain(approvedBy);
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
    expect(liveMarkup(full)).toEqual([]);
    expect(liveMarkup(circulation)).toEqual([]);
    const nodes = all(fromMarkdown(full));
    expect(nodes.filter((node) => node.type === 'html')).toEqual([]);
    expect(nodes.filter((node) => node.type === 'link').map((node) => (node.type === 'link' ? node.url : ''))).toEqual(['https://example.org/projekt?a=1&b=2']);
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
    const quote = all(fromMarkdown(circulation))
      .filter((node) => node.type === 'blockquote')
      .map(textOf)
      .join('\n');
    expect(quote).toContain(words.circulationNote);
    expect(quote).toContain(words.omitted);
    expect(quote).toContain(words.withheld);
    expect(circulation).toContain(words.withheldItem);
    for (const secret of secrets) expect(circulation).not.toContain(secret);
    expect(headings(circulation, 2)).toContain(`${language === 'de' ? 'TOP' : 'Item'} 3: Fallbesprechung K.`);
  });
});

describe.each(hostilePayloads)('Markdown export of hostile text: $text', ({ text, shownInMinutes }) => {
  const markdown = minutesToMarkdown(hostileMinutes(text, 'en'), 'en');

  it('has no raw HTML, and links and images only to http(s) and mailto addresses', () => {
    expect(liveMarkup(markdown)).toEqual([]);
  });

  it('still shows what was written: in titles, names, notes and decisions as typed, in the minutes as text', () => {
    expect(headings(markdown, 1)).toEqual([`Minutes: ${collapsed(text)}`]);
    const visible = visibleText(markdown);
    expect(visible).toContain(`Ben Fuchs ${collapsed(text)} (${collapsed(text)})`);
    expect(visible).toContain(`Decisions ${collapsed(text)}`);
    expect(visible).toContain(collapsed(shownInMinutes));
  });
});

describe('Markdown escaping', () => {
  it('keeps plain text from turning into Markdown structure', () => {
    for (const text of [
      meetingTitle,
      '# not a heading',
      '- not a list',
      '1. not a list',
      '> not a quote',
      'a | b',
      '[x](javascript:y)',
      '&amp; stays',
      '<b>bold?</b>',
      '`code`',
      'Teilnehmer*innen und Partner*innen',
    ]) {
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
    const embedded = safeMarkdown('# Background\n\nSetext\n===\n\n```\nunclosed', 2);
    expect(headings(embedded, 3)).toEqual(['Background', 'Setext']);
    const document = `${embedded}\n\n## Next item`;
    expect(headings(document, 2)).toEqual(['Next item']);
  });

  it('keeps the structure of the minutes exactly: the same tree when read again', () => {
    const withoutPositions = (node: Nodes): unknown => {
      const { position: _position, ...rest } = node;
      return 'children' in node ? { ...rest, children: node.children.map(withoutPositions) } : rest;
    };
    for (const markdown of [
      '# Title\n\nSetext\n---\n\nWith *em*, **strong**, _under_, `code`, ``co`de``, a hard  \nbreak\\\nand more.',
      '- a\n- b\n  - nested\n\n  continued\n- c\n\n* other list\n\n1. one\n2. two\n\n7) seven\n8) eight',
      '> quote\n> continued\n>\n> > nested quote\n\n    indented code\n\n```js title="x"\nconst a = "<b>";\n```\n\n~~~\n```\n~~~',
      '- item\n\n  ***\n\n- ```\n  code in item\n\n  more\n  ```\n-\n- last',
      '[link](https://example.org/a_(b)?q=1&amp;x "Title \\"q\\"") ![img](https://example.org/i.png) <https://auto.example/> <mail@example.org>',
      '10. ten\n11. eleven\n\nText with # hash, 1. number, - dash, + plus, = eq, | pipe, ~tilde~, \\\\ backslash, &amp; entity, &copy;\n2. not a list',
      '**bold *em* bold** and *em **strong** em* and ***both***\n\n2. from two\n3. three\n\n---\n\n___',
    ]) {
      expect(withoutPositions(fromMarkdown(safeMarkdown(markdown)))).toEqual(withoutPositions(fromMarkdown(markdown)));
    }
  });

  it('writes a reference to a web address as a link, and one to anything else as the text typed', () => {
    const markdown = safeMarkdown('[ok][r], [Bad][] and ![pic][img]\n\n[r]: https://r.example "t"\n[bad]: javascript:alert(1)\n[img]: data:image/png,x');
    expect(liveMarkup(markdown)).toEqual([]);
    const links = all(fromMarkdown(markdown)).filter((node) => node.type === 'link');
    expect(links.map((node) => (node.type === 'link' ? [textOf(node), node.url, node.title] : []))).toEqual([['ok', 'https://r.example', 't']]);
    expect(visibleText(markdown)).toBe('ok, [Bad][] and ![pic][img] [bad]: javascript:alert(1) [img]: data:image/png,x');
  });
});
