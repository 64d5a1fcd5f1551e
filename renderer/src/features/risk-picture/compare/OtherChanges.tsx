import { useTranslation } from 'react-i18next';
import type { BeforeAfter as Pair, EditionComparison, ListChanges, SourceChange } from '../../../domain/risk-picture-compare';
import type { RiskFactor, RiskGap, RiskSource } from '../../../domain/risk-picture';
import { Section } from '../../../ui/Section';
import { BeforeAfter, ChangeBadge } from './BeforeAfter';

/** Sources added, removed, regraded or otherwise edited. */
export function SourceChanges({ sources }: { sources: EditionComparison['sources'] }) {
  const { t } = useTranslation('riskPicture');
  if (sources.added.length + sources.removed.length + sources.changed.length === 0) return null;
  return (
    <Section title={t('compare.sections.sources')}>
      <div className="table-wrap">
        <table className="table compact compare-table">
          <thead>
            <tr>
              <th scope="col">{t('compare.columns.source')}</th>
              <th scope="col">{t('compare.columns.change')}</th>
              <th scope="col">{t('compare.columns.grading')}</th>
              <th scope="col">{t('compare.columns.details')}</th>
            </tr>
          </thead>
          <tbody>
            {sources.added.map((source) => (
              <WholeSourceRow key={source.id} source={source} kind="added" />
            ))}
            {sources.changed.map((change) => (
              <ChangedSourceRow key={change.id} change={change} />
            ))}
            {sources.removed.map((source) => (
              <WholeSourceRow key={source.id} source={source} kind="removed" />
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}

/** "B2", with the grading spelled out for who hovers or listens. */
function Grading({ grading }: { grading: Pick<RiskSource, 'reliability' | 'credibility'> }) {
  const { t } = useTranslation('riskPicture');
  const explained = t('compare.gradingExplain', grading);
  return (
    <abbr className="grading" title={explained}>
      {t('compare.grading', grading)}
      <span className="visually-hidden"> ({explained})</span>
    </abbr>
  );
}

function WholeSourceRow({ source, kind }: { source: RiskSource; kind: 'added' | 'removed' }) {
  return (
    <tr>
      <th scope="row">{source.title}</th>
      <td>
        <ChangeBadge kind={kind} />
      </td>
      <td>
        <Grading grading={source} />
      </td>
      <td />
    </tr>
  );
}

function ChangedSourceRow({ change }: { change: SourceChange }) {
  const { t } = useTranslation('riskPicture');
  return (
    <tr>
      <th scope="row">{change.after.title}</th>
      <td>
        <ChangeBadge kind="changed" />
      </td>
      <td>
        {change.grading ? (
          <BeforeAfter before={<Grading grading={change.grading.before} />} after={<Grading grading={change.grading.after} />} />
        ) : (
          <Grading grading={change.after} />
        )}
      </td>
      <td className="small-text">
        {change.fields.length > 0 && t('compare.sourceEdited', { fields: change.fields.map((field) => t(`compare.sourceFields.${field}`)).join(', ') })}
      </td>
    </tr>
  );
}

/** Vulnerabilities, protective factors or gaps: sentences added, removed or reworded. */
export function TextChanges<T extends RiskFactor | RiskGap>({
  title,
  changes,
  describe,
}: {
  title: string;
  changes: ListChanges<T, Pair<T>>;
  describe: (item: T) => string;
}) {
  if (changes.added.length + changes.removed.length + changes.changed.length === 0) return null;
  return (
    <Section title={title}>
      <ul className="change-list text-changes">
        {changes.added.map((item) => (
          <li key={item.id}>
            <ChangeBadge kind="added" /> {describe(item)}
          </li>
        ))}
        {changes.changed.map(({ before, after }) => (
          <li key={after.id}>
            <ChangeBadge kind="reworded" /> <BeforeAfter before={describe(before)} after={describe(after)} />
          </li>
        ))}
        {changes.removed.map((item) => (
          <li key={item.id}>
            <ChangeBadge kind="removed" /> <span className="removed-text">{describe(item)}</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** Sections whose protective marking changed. */
export function MarkingChanges({ markings }: { markings: EditionComparison['markings'] }) {
  const { t } = useTranslation('riskPicture');
  const { t: tm } = useTranslation('meetings');
  if (markings.length === 0) return null;
  return (
    <Section title={t('compare.sections.markings')}>
      <table className="table compact compare-table">
        <thead>
          <tr>
            <th scope="col">{t('compare.columns.section')}</th>
            <th scope="col">{t('compare.columns.marking')}</th>
          </tr>
        </thead>
        <tbody>
          {markings.map(({ section, before, after }) => (
            <tr key={section}>
              <th scope="row">{t(`compare.sectionNames.${section}`)}</th>
              <td>
                <BeforeAfter before={tm(`vocab.confidentiality.${before}`)} after={tm(`vocab.confidentiality.${after}`)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
