import { useTranslation } from 'react-i18next';
import type { ReferralCorrection } from '../../domain/referral';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { Section } from '../../ui/Section';
import { fieldLabel } from './audit-text';

/**
 * The case's marker of rectification (Art. 16): each correction with its day, the fields it
 * corrected and why. The old values are in the audit history below.
 */
export function CorrectionsSection({ corrections }: { corrections: readonly ReferralCorrection[] }) {
  const { t } = useTranslation('referrals');
  const language = useLanguage();
  if (corrections.length === 0) return null;
  const context = { t, language, partners: [], contacts: [] };
  return (
    <Section title={t('correction.title')}>
      <ul className="corrections">
        {corrections.map((correction, index) => (
          <li key={index}>
            {t('correction.line', {
              date: formatDate(correction.on, language),
              fields: correction.fields.map((field) => fieldLabel(field, context)).join(', '),
              reason: correction.reason,
            })}
          </li>
        ))}
      </ul>
    </Section>
  );
}
