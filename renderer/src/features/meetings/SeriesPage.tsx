/**
 * Where series are managed: each series with its standing agenda items (what every new
 * meeting in it starts with), edited here or taken from one of its meetings' agendas.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingSeries } from '../../domain/meeting';
import { meetingSeries as seriesRepo, useLive } from '../../storage';
import { PageHeading } from '../../ui/PageHeading';
import { Section } from '../../ui/Section';
import { SeriesFromMeeting } from './SeriesFromMeeting';
import { SeriesTemplateEditor } from './SeriesTemplateEditor';
import './series.css';

export function SeriesPage() {
  const { t } = useTranslation('meetings');
  const { t: tc } = useTranslation();
  const series = useLive(() => seriesRepo.list());
  const [editing, setEditing] = useState<string | null>(null);
  if (series === undefined) return <p className="muted">{tc('loading')}</p>;
  return (
    <>
      <p>
        <Link to="/meetings">← {t('detail.back')}</Link>
      </p>
      <PageHeading title={t('series.title')} intro={t('series.intro')} />
      {series.length === 0 ? (
        <section className="card empty-state">
          <h2>{t('series.emptyTitle')}</h2>
          <p>{t('series.emptyBody')}</p>
        </section>
      ) : (
        series.map((entry) =>
          editing === entry.id ? (
            <Section key={entry.id} title={entry.name}>
              <SeriesTemplateEditor series={entry} onDone={() => setEditing(null)} />
            </Section>
          ) : (
            <SeriesCard key={entry.id} series={entry} onEdit={() => setEditing(entry.id)} />
          ),
        )
      )}
    </>
  );
}

function SeriesCard({ series, onEdit }: { series: MeetingSeries; onEdit: () => void }) {
  const { t } = useTranslation('meetings');
  const items = series.agendaTemplate ?? [];
  return (
    <Section title={series.name}>
      <h3 className="subheading">{t('series.standingItems')}</h3>
      {items.length === 0 ? (
        <p className="muted">{t('series.noItems')}</p>
      ) : (
        <ol className="template-list">
          {items.map((item) => (
            <li key={item.id}>
              {item.title}
              {item.presenter && <span className="muted"> · {item.presenter}</span>}
              {item.plannedMinutes !== null && <span className="muted"> · {t('agenda.minutesCount', { count: item.plannedMinutes })}</span>}
              {item.confidential && <span className="badge missing">{t('agenda.confidential')}</span>}
              {item.caseDiscussion && <span className="badge prospective">{t('agenda.caseDiscussion')}</span>}
            </li>
          ))}
        </ol>
      )}
      <div className="row series-actions">
        <button type="button" className="button" onClick={onEdit}>
          {t('series.edit')}
        </button>
      </div>
      <SeriesFromMeeting series={series} />
    </Section>
  );
}
