import { useTranslation } from 'react-i18next';
import type { ProtectiveMarking } from '../../domain/risk-picture';

/** A section's protective marking, under its heading: "Marking: Confidential". */
export function MarkingNote({ marking }: { marking: ProtectiveMarking }) {
  const { t } = useTranslation(['riskPicture', 'meetings']);
  return <p className={`marking-note marking-${marking}`}>{t('riskPicture:edition.marking', { marking: t(`meetings:vocab.confidentiality.${marking}`) })}</p>;
}
