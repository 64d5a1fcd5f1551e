import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../locales');
type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function load(language: string): Map<string, string> {
  const all = new Map<string, string>();
  for (const file of readdirSync(resolve(root, language)).filter((f) => f.endsWith('.json'))) {
    const tree = JSON.parse(readFileSync(resolve(root, language, file), 'utf8')) as Tree;
    for (const [key, value] of flatten(tree)) all.set(`${file.replace('.json', '')}:${key}`, value);
  }
  return all;
}

// German plural forms are the same set as English (one/other), so keys match one to one.
const en = load('en');
const de = load('de');
const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('locales', () => {
  it('have the same namespaces', () => {
    expect(readdirSync(resolve(root, 'de')).sort()).toEqual(readdirSync(resolve(root, 'en')).sort());
  });

  it('every English key exists in German', () => {
    expect([...en.keys()].filter((key) => !de.has(key))).toEqual([]);
  });

  it('every German key exists in English', () => {
    expect([...de.keys()].filter((key) => !en.has(key))).toEqual([]);
  });

  it('translations use the same placeholders', () => {
    const mismatched = [...en.keys()].filter((key) => de.has(key) && placeholders(en.get(key)!).join() !== placeholders(de.get(key)!).join());
    expect(mismatched).toEqual([]);
  });

  it('no translation is empty', () => {
    expect([...en, ...de].filter(([, value]) => value.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it('German calls partner agencies Partnerorganisationen: never “Partner*in”, nor a plain “Partner”', () => {
    // Partners here are organisations (agencies); gender-inclusive forms are for people.
    const personal = [...de].filter(([, value]) => /Partner\*in|Partner:in|Partner_in|PartnerIn/.test(value));
    expect(personal.map(([key]) => key)).toEqual([]);
    const plain = [...de].filter(([, value]) => /\bPartner(?!organisation|schaft)(in|innen|n)?\b/.test(value));
    expect(plain.map(([key]) => key)).toEqual([]);
  });

  it('people stay gender-inclusive in German', () => {
    const masculine = [...de].filter(([, value]) => /\b(Koordinator|Teilnehmer|Unterzeichner|Entwickler)(en)?\b(?![*:_])/.test(value));
    expect(masculine.map(([key]) => key)).toEqual([]);
  });

  it('no label nests brackets', () => {
    // “(Vollständiges Protokoll (für Teilnehmende))” reads badly; legal citations like “Art. 9(2)(g)” are not nesting.
    const nested = [...en, ...de].filter(([, value]) => /\([^()]*\([^()]*\)[^()]*\)/.test(value.replace(/\d\(\w+\)/g, '')));
    expect(nested.map(([key]) => key)).toEqual([]);
  });
});
