/**
 * Words, dates and times for exports, in the language chosen for the export, which need
 * not be the UI language: a German coordinator may send English minutes to a partner.
 * Each language gets its own i18next instance, built synchronously from the bundled JSON.
 */
import { createInstance, type i18n } from 'i18next';
import enCommon from '../../../locales/en/common.json';
import enExport from '../../../locales/en/export.json';
import enMeetings from '../../../locales/en/meetings.json';
import enReferrals from '../../../locales/en/referrals.json';
import deCommon from '../../../locales/de/common.json';
import deExport from '../../../locales/de/export.json';
import deMeetings from '../../../locales/de/meetings.json';
import deReferrals from '../../../locales/de/referrals.json';
import type { MinutesDocument } from '../domain/minutes-document';
import { instantToWallClock } from '../domain/zoned-time';
import { formatDate, formatDateTime, formatWallClockSpan } from '../i18n/format';
import type { Language } from '../i18n/language';
import { sentenceEndOptions, sentenceEndProcessor } from '../i18n/sentence-end';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
/** Plural keys are looked up without their "_one"/"_other" ending. */
type WithoutPlural<K extends string> = K extends `${infer Base}_one` | `${infer Base}_other` ? Base : K;

export type ExportKey = WithoutPlural<Leaves<typeof enExport>>;
type Vocab = (typeof enMeetings)['vocab'];
type VocabGroup = Exclude<keyof Vocab, 'mattersArising'>;
type Values = Record<string, string | number>;

export interface ExportLabels {
  language: Language;
  /** Labels of the `export` namespace. Values are inserted as they are: each exporter escapes for its format. */
  t(key: ExportKey, values?: Values): string;
  /** A code's word from the `meetings` vocabulary, e.g. vocab('attendance', 'apologies'). */
  vocab<G extends VocabGroup>(group: G, code: keyof Vocab[G] & string): string;
  /**
   * A code's word from the referrals' vocabulary ("referrals:vocab.concerns.islamist") or the
   * common sector names ("common:sectors.police"); `fallback` when the code has no word
   * (an area as written, a code from a newer version).
   */
  term(key: `referrals:vocab.${string}` | `common:sectors.${string}`, fallback: string): string;
  /** "2026-03-05" as the language writes it (a longer ISO string counts by its first ten characters). */
  date(isoDate: string): string;
  /**
   * An ISO timestamp (approval, amendment) on the meeting's wall clock, its zone named: the
   * document is read far from the computer that wrote it.
   */
  dateTime(isoStamp: string, timeZone: string): string;
  /**
   * A meeting's time span from its start and end instants, on the wall clock of the zone it
   * was planned in, which is always named: "4 Jun 2026, 16:00–18:00 (Europe/Berlin)".
   */
  when(startsAt: string, endsAt: string, timeZone: string): string;
  /** The confidentiality marking for every page: level and version. */
  marking(doc: Pick<MinutesDocument, 'meeting' | 'variant'>): string;
}

const bundles = {
  en: { export: enExport, meetings: enMeetings, referrals: enReferrals, common: enCommon },
  de: { export: deExport, meetings: deMeetings, referrals: deReferrals, common: deCommon },
} as const;

const instances = new Map<Language, i18n>();

function instanceFor(language: Language): i18n {
  let instance = instances.get(language);
  if (!instance) {
    instance = createInstance();
    void instance.use(sentenceEndProcessor).init({
      resources: { [language]: bundles[language] },
      lng: language,
      fallbackLng: false,
      ns: ['export', 'meetings', 'referrals', 'common'],
      defaultNS: 'export',
      initAsync: false,
      // Every exporter escapes for its own format (HTML, Markdown, XML, iCalendar).
      interpolation: { escapeValue: false, skipOnVariables: true },
      returnNull: false,
      ...sentenceEndOptions,
    });
    instances.set(language, instance);
  }
  return instance;
}

/** The wall clock of an instant in a zone, or null for a value that is no instant. */
function wallClockOrNull(instant: string, timeZone: string): string | null {
  try {
    return instantToWallClock(instant, timeZone);
  } catch {
    return null;
  }
}

export function exportTranslator(language: Language): ExportLabels {
  const instance = instanceFor(language);
  // The app's typed `t` knows only the UI namespaces; these keys are typed by ExportKey instead.
  const translate = instance.t.bind(instance) as unknown as (key: string, options?: Values) => string;
  const labels: ExportLabels = {
    language,
    t: (key, values) => translate(`export:${key}`, values),
    vocab: (group, code) => translate(`meetings:vocab.${group}.${code}`),
    term: (key, fallback) => (instance.exists(key) ? translate(key) : fallback),
    date: (isoDate) => formatDate(isoDate.slice(0, 10), language),
    dateTime: (isoStamp, timeZone) => translate('export:inZone', { time: formatDateTime(isoStamp, language, timeZone), timeZone }),
    when(startsAt, endsAt, timeZone) {
      const startWall = wallClockOrNull(startsAt, timeZone);
      const endWall = wallClockOrNull(endsAt, timeZone);
      if (!startWall) return startsAt;
      const time = endWall && endWall >= startWall ? formatWallClockSpan(startWall, endWall, language) : formatDateTime(startsAt, language, timeZone);
      return translate('export:inZone', { time, timeZone });
    },
    marking: (doc) =>
      translate('export:marking', {
        confidentiality: labels.vocab('confidentiality', doc.meeting.confidentiality),
        variant: labels.vocab('variants', doc.variant),
      }),
  };
  return labels;
}
