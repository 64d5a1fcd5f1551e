/**
 * Loads every section of the figures for a period, each on its own: a section shows as soon
 * as it is ready, and one that fails says so without taking the others with it. A newer
 * period (or language) replaces what an older one was still loading.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FiguresPeriod } from '../../domain/figures-period';
import { useLanguage } from '../../i18n';
import type { FigureSection, FigureSectionLoader } from './figure-section';

export type SectionState = { status: 'loading' } | { status: 'ready'; section: FigureSection } | { status: 'failed'; error: unknown };

export function useFigureSections(loaders: readonly FigureSectionLoader[], period: FiguresPeriod): SectionState[] {
  const { t } = useTranslation();
  const language = useLanguage();
  const key = `${period.start}/${period.end}/${language}`;
  const [loaded, setLoaded] = useState<{ key: string; states: SectionState[] }>({ key: '', states: [] });

  useEffect(() => {
    let current = true;
    loaders.forEach((load, index) => {
      const settle = (state: SectionState) => {
        if (!current) return;
        setLoaded((before) => {
          const states = before.key === key ? [...before.states] : loaders.map((): SectionState => ({ status: 'loading' }));
          states[index] = state;
          return { key, states };
        });
      };
      load({ start: period.start, end: period.end }, t, language).then(
        (section) => settle({ status: 'ready', section }),
        (error: unknown) => settle({ status: 'failed', error }),
      );
    });
    return () => {
      current = false;
    };
  }, [loaders, key, period.start, period.end, t, language]);

  return loaded.key === key ? loaded.states : loaders.map(() => ({ status: 'loading' }));
}
