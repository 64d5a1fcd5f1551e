import { useTranslation } from 'react-i18next';
import type { RiskPictureEdition } from '../../domain/risk-picture';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { Section } from '../../ui/Section';
import { MarkingNote } from './MarkingNote';

export function EditionSummary({ edition }: { edition: RiskPictureEdition }) {
  const { t } = useTranslation('riskPicture');
  return (
    <Section title={t('edition.sections.summary')}>
      <MarkingNote marking={edition.markings.summary} />
      {edition.summary.trim() ? <p className="edition-text">{edition.summary}</p> : <p className="muted">{t('edition.empty')}</p>}
    </Section>
  );
}

/** Each piece of evidence, where it comes from and its Admiralty grading ("B2"). */
export function EditionSources({ edition, partnerName }: { edition: RiskPictureEdition; partnerName: (id: string) => string }) {
  const { t } = useTranslation('riskPicture');
  const language = useLanguage();
  return (
    <Section title={t('edition.sections.sources')}>
      <MarkingNote marking={edition.markings.sources} />
      {edition.sources.length === 0 ? (
        <p className="muted">{t('edition.empty')}</p>
      ) : (
        <>
          <p className="muted">{t('edition.source.explain')}</p>
          <div className="table-wrap">
            <table className="table compact">
              <thead>
                <tr>
                  <th scope="col">{t('edition.source.title')}</th>
                  <th scope="col">{t('edition.source.kind')}</th>
                  <th scope="col">{t('edition.source.origin')}</th>
                  <th scope="col">{t('edition.source.date')}</th>
                  <th scope="col">{t('edition.source.grading')}</th>
                  <th scope="col">{t('edition.source.note')}</th>
                </tr>
              </thead>
              <tbody>
                {edition.sources.map((source) => (
                  <tr key={source.id}>
                    <td>{source.title}</td>
                    <td>{t(`edition.source.kinds.${source.kind}`)}</td>
                    <td>{source.kind === 'partner' ? partnerName(source.partnerId) : ''}</td>
                    <td>{source.date ? formatDate(source.date, language) : ''}</td>
                    <td>
                      <span className="badge grading">
                        {source.reliability}
                        {source.credibility}
                      </span>
                    </td>
                    <td className="edition-text">{source.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Section>
  );
}

function TextList({ items }: { items: { id: string; text: string }[] }) {
  const { t } = useTranslation('riskPicture');
  if (items.length === 0) return <p className="muted">{t('edition.empty')}</p>;
  return (
    <ul>
      {items.map((item) => (
        <li key={item.id}>{item.text}</li>
      ))}
    </ul>
  );
}

export function EditionFactors({ edition }: { edition: RiskPictureEdition }) {
  const { t } = useTranslation('riskPicture');
  return (
    <Section title={`${t('edition.sections.vulnerabilities')} · ${t('edition.sections.protectiveFactors')}`}>
      <MarkingNote marking={edition.markings.factors} />
      <h3>{t('edition.sections.vulnerabilities')}</h3>
      <TextList items={edition.vulnerabilities} />
      <h3>{t('edition.sections.protectiveFactors')}</h3>
      <TextList items={edition.protectiveFactors} />
    </Section>
  );
}

export function EditionGaps({ edition }: { edition: RiskPictureEdition }) {
  const { t } = useTranslation(['riskPicture', 'common']);
  return (
    <Section title={t('edition.sections.gaps')}>
      <MarkingNote marking={edition.markings.gaps} />
      <TextList
        items={edition.gaps.map((gap) => ({
          id: gap.id,
          text: gap.sector ? `${gap.text} (${t('edition.gapSector', { sector: t(`common:sectors.${gap.sector}`) })})` : gap.text,
        }))}
      />
    </Section>
  );
}
