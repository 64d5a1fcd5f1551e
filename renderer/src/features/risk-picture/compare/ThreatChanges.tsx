import { useTranslation } from 'react-i18next';
import type { EditionComparison, ThreatChange, ThreatFieldChange } from '../../../domain/risk-picture-compare';
import type { Threat } from '../../../domain/risk-picture';
import { Section } from '../../../ui/Section';
import { RatingBadge } from '../RatingBadge';
import { BeforeAfter, ChangeBadge } from './BeforeAfter';

export interface LinkNames {
  source: (id: string) => string;
  action: (id: string) => string;
  partner: (id: string) => string;
}

/** Threats added, changed and removed, each with its trend and rating (before → after where it moved). */
export function ThreatChanges({ threats, names }: { threats: EditionComparison['threats']; names: LinkNames }) {
  const { t } = useTranslation('riskPicture');
  const rows = threats.added.length + threats.changed.length + threats.removed.length;
  return (
    <Section title={t('compare.sections.threats')}>
      <p className="muted">
        {[
          t('compare.count.added', { count: threats.added.length }),
          t('compare.count.changed', { count: threats.changed.length }),
          t('compare.count.removed', { count: threats.removed.length }),
          t('compare.count.unchanged', { count: threats.unchanged }),
        ].join(' · ')}
      </p>
      {rows > 0 && (
        <div className="table-wrap">
          <table className="table compare-table">
            <thead>
              <tr>
                <th scope="col">{t('compare.columns.threat')}</th>
                <th scope="col">{t('compare.columns.change')}</th>
                <th scope="col">{t('compare.columns.trend')}</th>
                <th scope="col">{t('compare.columns.rating')}</th>
                <th scope="col">{t('compare.columns.details')}</th>
              </tr>
            </thead>
            <tbody>
              {threats.added.map((threat) => (
                <WholeThreatRow key={threat.id} threat={threat} kind="added" />
              ))}
              {threats.changed.map((change) => (
                <ChangedThreatRow key={change.id} change={change} names={names} />
              ))}
              {threats.removed.map((threat) => (
                <WholeThreatRow key={threat.id} threat={threat} kind="removed" />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}

function ThreatName({ threat }: { threat: Threat }) {
  const { t } = useTranslation('referrals');
  const concern = t(`vocab.concerns.${threat.concern}`);
  return threat.title ? (
    <>
      <strong>{threat.title}</strong>
      <div className="small-text muted">{concern}</div>
    </>
  ) : (
    <strong>{concern}</strong>
  );
}

/** A threat only one of the two editions has: shown as it stands there. */
function WholeThreatRow({ threat, kind }: { threat: Threat; kind: 'added' | 'removed' }) {
  const { t } = useTranslation('riskPicture');
  return (
    <tr className={`change-row-${kind}`}>
      <th scope="row">
        <ThreatName threat={threat} />
      </th>
      <td>
        <ChangeBadge kind={kind} />
      </td>
      <td>{t(`compare.trends.${threat.trend}`)}</td>
      <td>
        <RatingBadge likelihood={threat.likelihood} impact={threat.impact} />
      </td>
      <td className="small-text">{threat.description}</td>
    </tr>
  );
}

function ChangedThreatRow({ change, names }: { change: ThreatChange; names: LinkNames }) {
  const { t } = useTranslation('riskPicture');
  const { before, after, rating } = change;
  const details = change.fields.filter((field) => field.field !== 'trend');
  const links = linkLines(change.links, names, t);
  return (
    <tr>
      <th scope="row">
        <ThreatName threat={after} />
      </th>
      <td>
        <ChangeBadge kind="changed" />
      </td>
      <td>
        {before.trend === after.trend ? (
          t(`compare.trends.${after.trend}`)
        ) : (
          <BeforeAfter before={t(`compare.trends.${before.trend}`)} after={t(`compare.trends.${after.trend}`)} />
        )}
      </td>
      <td>
        {rating.changed ? (
          <BeforeAfter
            before={<RatingBadge likelihood={before.likelihood} impact={before.impact} />}
            after={<RatingBadge likelihood={after.likelihood} impact={after.impact} />}
          />
        ) : (
          <RatingBadge likelihood={after.likelihood} impact={after.impact} />
        )}
      </td>
      <td className="small-text">
        {details.length + links.length > 0 && (
          <ul className="change-list">
            {details.map((field) => (
              <li key={field.field}>
                <FieldChangeLine change={field} />
              </li>
            ))}
            {links.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

function FieldChangeLine({ change }: { change: ThreatFieldChange }) {
  const { t } = useTranslation('riskPicture');
  const { t: tr } = useTranslation('referrals');
  const shown = (value: string | number) => {
    if (change.field === 'concern') return tr(`vocab.concerns.${value as Threat['concern']}`);
    if (value === '') return <span className="muted">{t('compare.empty')}</span>;
    return String(value);
  };
  return (
    <>
      {t(`compare.fields.${change.field}`)}: <BeforeAfter before={shown(change.before)} after={shown(change.after)} />
    </>
  );
}

type Translate = ReturnType<typeof useTranslation<'riskPicture'>>['t'];

/** "New evidence: …", "Actions no longer linked: …": the links that changed, by name. */
function linkLines(links: ThreatChange['links'], names: LinkNames, t: Translate): string[] {
  const kinds = [
    ['sources', names.source],
    ['actions', names.action],
    ['partners', names.partner],
  ] as const;
  return kinds.flatMap(([kind, name]) => {
    const { added, removed } = links[kind];
    return [
      ...(added.length > 0 ? [t(`compare.links.${kind}Added`, { names: added.map(name).join(', ') })] : []),
      ...(removed.length > 0 ? [t(`compare.links.${kind}Removed`, { names: removed.map(name).join(', ') })] : []),
    ];
  });
}
