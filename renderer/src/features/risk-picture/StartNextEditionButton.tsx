import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { RiskPictureEdition } from '../../domain/risk-picture';
import { riskPictures, useLive } from '../../storage';
import { useNotify } from '../../ui/notices';
import { useErrorMessage } from '../../ui/useErrorMessage';

/**
 * "Start the next edition" for an agreed edition that has none yet: a draft holding its
 * content for the following period, opened in the editor. Shows nothing otherwise.
 */
export function StartNextEditionButton({ edition }: { edition: Pick<RiskPictureEdition, 'id' | 'status' | 'title'> }) {
  const { t } = useTranslation('riskPicture');
  const navigate = useNavigate();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [busy, setBusy] = useState(false);
  const successor = useLive(
    async () => (edition.status === 'agreed' ? ((await riskPictures.successorOf(edition.id)) ?? null) : null),
    [edition.id, edition.status],
  );
  if (edition.status !== 'agreed' || successor !== null) return null;
  const start = async () => {
    setBusy(true);
    try {
      const next = await riskPictures.startNext(edition.id);
      notify('success', t('next.started', { number: next.editionNumber }));
      navigate(`/risk-picture/${next.id}/edit`);
    } catch (error) {
      notify('error', errorMessage(error));
      setBusy(false);
    }
  };
  return (
    <button type="button" className="button primary" disabled={busy} onClick={() => void start()} aria-label={t('next.startNamed', { title: edition.title })}>
      {busy ? t('next.starting') : t('next.start')}
    </button>
  );
}
