/**
 * The <option>s of every partner select, from one rule (domain/partner-choices.ts): sorted by
 * name in the UI language, partners that left the network only where a record names them,
 * and then marked "former".
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { partnerChoices, type ChoosablePartner, type PartnerChoice, type PartnerChoiceOptions } from '../domain/partner-choices';
import { useLanguage } from '../i18n';
import { collatorFor } from '../i18n/format';

/** Stands in while partners load: the same array every render, so the choices are not rebuilt. */
const loading: readonly ChoosablePartner[] = [];

/** The choices for the UI language, worked out again only when partners or kept ids change. */
export function usePartnerChoices(partners: readonly ChoosablePartner[] | undefined, options: Omit<PartnerChoiceOptions, 'compare'> = {}): PartnerChoice[] {
  const language = useLanguage();
  const keep = [...(options.keep ?? [])].filter(Boolean).join('|');
  const includeFormer = options.includeFormer ?? false;
  return useMemo(
    () => partnerChoices(partners ?? loading, { compare: collatorFor(language).compare, keep: keep.split('|'), includeFormer }),
    [partners, keep, includeFormer, language],
  );
}

/** A partner's name as a choice: marked when it has left the network. */
export function usePartnerChoiceLabel(): (choice: PartnerChoice) => string {
  const { t } = useTranslation();
  return (choice) => (choice.former ? t('partnerChoice.former', { name: choice.name }) : choice.name);
}

export function PartnerOptions({ choices }: { choices: readonly PartnerChoice[] }) {
  const label = usePartnerChoiceLabel();
  return (
    <>
      {choices.map((choice) => (
        <option key={choice.id} value={choice.id} data-former={choice.former || undefined}>
          {label(choice)}
        </option>
      ))}
    </>
  );
}
