// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../renderer/src/export/html-escape';
import { minutesHtml, minutesToPrintHtml } from '../../../renderer/src/export/print-html';
import { collapsed, hostileMinutes, hostilePayloads } from '../../fixtures/hostile-text';
import { expected, languages, meetingTitle, minutesDocument, secrets } from '../../fixtures/minutes';

/**
 * The stylesheet as the app gets it through Vite's "?raw". Vitest replaces CSS imports with
 * empty strings, so it is read from disk here (typed locally: no Node types in this project).
 */
async function readStylesheet(): Promise<string> {
  const fs = (await import(/* @vite-ignore */ 'node:fs/promises' as string)) as { readFile(path: string, encoding: 'utf8'): Promise<string> };
  const url = (await import(/* @vite-ignore */ 'node:url' as string)) as { fileURLToPath(url: string): string };
  const here = import.meta.url; // (not inline: Vite would rewrite new URL(…, import.meta.url) into an asset URL)
  return fs.readFile(url.fileURLToPath(new URL('../../../renderer/src/export/minutes-print.css', here).href), 'utf8');
}
const css = await readStylesheet();

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const texts = (nodes: Iterable<Element>) => [...nodes].map((node) => node.textContent?.trim() ?? '');

function tableRows(page: Document, selector: string): string[][] {
  return [...page.querySelectorAll(`${selector} tr`)].map((row) => [...row.children].map((cell) => cell.textContent ?? ''));
}

describe('escapeHtml', () => {
  it('escapes everything that could open a tag, an entity or end an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;');
    expect(escapeHtml('Straße ä ö ü “quoted”')).toBe('Straße ä ö ü “quoted”');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});

describe.each(languages)('print HTML (%s)', (language) => {
  const words = expected[language];
  const fullHtml = minutesToPrintHtml(minutesDocument(language, 'full'), language, { css });
  const full = parse(fullHtml);
  const circulationHtml = minutesToPrintHtml(minutesDocument(language, 'circulation', 'approved'), language, { href: 'assets/minutes-print.css' });
  const circulation = parse(circulationHtml);

  it('is a complete document in the export language', () => {
    expect(fullHtml.startsWith('<!doctype html>')).toBe(true);
    expect(full.documentElement.lang).toBe(language);
    expect(full.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(full.title).toBe(words.title);
    expect(full.querySelector('h1')?.textContent).toBe(words.title);
    expect(texts(full.querySelectorAll('h2'))).toContain(words.itemHeading);
    expect(texts(full.querySelectorAll('h3'))).toContain(words.decisions);
    for (const other of words.other) expect(full.body.textContent).not.toContain(other);
  });

  it('gives the meeting’s time as planned, in its own zone, named (whatever this computer’s zone)', () => {
    expect(full.body.textContent).toContain(words.when);
    expect(circulation.body.textContent).toContain(words.approvedAt);
    expect(circulation.body.textContent).toContain(words.amendment);
  });

  it('forbids scripts and outside content with its own CSP', () => {
    const policy = full.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("style-src 'unsafe-inline'");
    expect(policy).toContain('img-src data:');
    expect(policy).not.toMatch(/script-src|'self'/);
    expect(full.querySelectorAll('style')).toHaveLength(1);
    expect(full.querySelectorAll('link')).toHaveLength(0);
  });

  it('links the stylesheet instead of inlining it when asked to (web edition)', () => {
    expect(circulation.querySelectorAll('style')).toHaveLength(0);
    expect(circulationHtml).not.toMatch(/<style|style=/i);
    const link = circulation.querySelector('link[rel="stylesheet"]');
    expect(link?.getAttribute('href')).toBe('assets/minutes-print.css');
    const policy = circulation.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(policy).toContain("style-src 'unsafe-inline' 'self'");
    const absolute = parse(minutesToPrintHtml(minutesDocument(language, 'full'), language, { href: 'https://app.example.org/a.css?x="1"' }));
    expect(absolute.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain('https://app.example.org');
    expect(absolute.querySelector('link')?.getAttribute('href')).toBe('https://app.example.org/a.css?x="1"');
  });

  it('renders no HTML from the records: script, event handlers and javascript: links stay inert text', () => {
    for (const page of [full, circulation]) {
      expect(page.querySelectorAll('script, img, iframe, object, embed, form')).toHaveLength(0);
      const handlers = [...page.querySelectorAll('*')].flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on')));
      expect(handlers).toEqual([]);
      const links = [...page.querySelectorAll('a')].map((link) => link.getAttribute('href') ?? '');
      expect(links.filter((href) => /^\s*javascript:/i.test(href))).toEqual([]);
    }
    const minutes = full.querySelector('.minutes');
    expect(minutes?.textContent).toContain('<script>alert(1)</script>');
    expect(minutes?.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(minutes?.querySelector('strong')?.textContent).toBe('Schulsozialarbeit');
    expect(texts(minutes?.querySelectorAll('li') ?? [])).toEqual(['Zahlen für 2025 liegen vor', 'Öffnungszeiten: Mo–Fr']);
    expect(minutes?.querySelector('a')?.getAttribute('href')).toBe('https://example.org/projekt?a=1&b=2');
    expect(full.querySelector('h1')?.innerHTML).toContain('&lt;Q1&gt;');
  });

  it('marks confidentiality and the draft on every page through a fixed running header', () => {
    expect(full.querySelector('.running-header .marking')?.textContent).toBe(words.marking);
    expect(full.querySelector('.running-header .draft-mark')?.textContent).toBe(words.draft);
    expect(full.querySelector('.watermark')?.textContent).toBe(words.draft);
    expect(circulation.querySelector('.running-header .marking')?.textContent).toBe(words.circulationMarking);
    expect(circulation.querySelector('.draft-mark, .watermark')).toBeNull();
    expect(circulation.body.textContent).not.toContain(words.draft);
  });

  it('has tables of attendance by organisation and of actions', () => {
    const attendance = tableRows(full, '.attendance table');
    expect(attendance[0]).toEqual(['Organisation', words.present, words.apologies, words.absent]);
    expect(attendance).toContainEqual(['Jugendamt Musterstadt', 'Anna Müller', 'Ben Fuchs (Fortbildung)', '']);
    expect(attendance).toContainEqual([words.guests, 'Eva Ohne', '', '']);
    const actions = tableRows(full, '.actions table');
    expect(actions[0]).toEqual([...words.actionColumns]);
    expect(actions).toContainEqual([...words.firstAction]);
    expect(actions).toContainEqual([...words.secondAction]);
    expect(actions).toHaveLength(5);
    expect(full.querySelector('.amendments')?.textContent).toContain('TOP 2: Datum korrigiert');
  });

  it('the version for circulation says what it leaves out, and leaves no trace of it', () => {
    const notices = texts(circulation.querySelectorAll('.notice'));
    expect(notices.some((notice) => notice.includes(words.circulationNote))).toBe(true);
    expect(notices).toContain(words.omitted);
    expect(notices).toContain(words.withheld);
    expect(notices).toContain(words.withheldItem);
    for (const secret of secrets) expect(circulationHtml).not.toContain(secret);
    expect(tableRows(circulation, '.actions table')).toHaveLength(3);
  });
});

describe.each(hostilePayloads)('print HTML of hostile text: $text', ({ text, shownInMinutes }) => {
  const page = parse(minutesToPrintHtml(hostileMinutes(text, 'en'), 'en', { css }));

  it('has no script, no event handler, no embedded content, and links only to http(s) and mailto addresses', () => {
    expect(page.querySelectorAll('script, img, svg, iframe, object, embed, form, details').length).toBe(0);
    const handlers = [...page.querySelectorAll('*')].flatMap((element) => element.getAttributeNames().filter((name) => /^on/i.test(name)));
    expect(handlers).toEqual([]);
    const addresses = [...page.querySelectorAll('[href], [src], [action], [formaction]')].flatMap((element) =>
      ['href', 'src', 'action', 'formaction'].map((name) => element.getAttribute(name)).filter((value) => value !== null),
    );
    expect(addresses.filter((address) => !/^(https?|mailto):/i.test(address ?? ''))).toEqual([]);
  });

  it('still shows what was written, as text', () => {
    expect(page.querySelector('h1')?.textContent).toBe(`Minutes: ${text}`);
    expect(collapsed(page.querySelector('.minutes')?.textContent ?? '')).toBe(collapsed(shownInMinutes));
  });
});

describe('print stylesheet and Markdown rendering', () => {
  it('numbers pages on A4 without words, and repeats the running header', () => {
    expect(css).toMatch(/@page\s*{[^}]*size:\s*A4/);
    expect(css).toMatch(/@bottom-right\s*{\s*content:\s*counter\(page\) " \/ " counter\(pages\);/);
    expect(css).toMatch(/\.running-header\s*{[^}]*position:\s*fixed/);
    // the only quoted content is punctuation: every word comes from the document
    const quoted = [...css.matchAll(/content:\s*([^;]+);/g)].flatMap((match) => [...(match[1] ?? '').matchAll(/"([^"]*)"/g)].map((q) => q[1]));
    expect(quoted.length).toBeGreaterThan(0);
    expect(quoted.filter((text) => /\p{L}/u.test(text ?? ''))).toEqual([]);
  });

  it('moves headings in minutes below the item heading', () => {
    expect(minutesHtml('# Hintergrund\n\n## Details')).toBe('<h3>Hintergrund</h3>\n<h4>Details</h4>');
  });

  it('cannot be broken out of by the stylesheet or the title', () => {
    const doc = minutesDocument('en', 'full');
    const html = minutesToPrintHtml({ ...doc, meeting: { ...doc.meeting, title: `</title><script>alert(1)</script>${meetingTitle}` } }, 'en', {
      css: 'p{}</style><script>alert(2)</script>',
    });
    const page = parse(html);
    expect(page.querySelectorAll('script')).toHaveLength(0);
    expect(page.title).toBe(`Minutes: </title><script>alert(1)</script>${meetingTitle}`);
  });
});
