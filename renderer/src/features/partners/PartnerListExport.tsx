/** The partner list's export: the partners as listed (filters and sort applied), and their contacts. */
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../domain/partner';
import { contactColumns, contactsTable, partnerColumns, partnersTable } from '../../export/network-lists';
import { partners as partnerRepo } from '../../storage';
import { ListExportMenu } from '../../ui/ListExportMenu';

export function PartnerListExport({ visible }: { visible: readonly Partner[] }) {
  const { t } = useTranslation('partners');
  const { t: tc } = useTranslation();
  const partnersLabel = t('listExport.partners');
  const contactsLabel = t('listExport.contacts');
  return (
    <ListExportMenu
      testId="partner-export"
      choices={[
        {
          label: partnersLabel,
          build: async () =>
            partnersTable(visible, {
              title: partnersLabel,
              header: Object.fromEntries(partnerColumns.map((column) => [column, t(`listExport.partnerColumns.${column}`)])) as Record<
                (typeof partnerColumns)[number],
                string
              >,
              sector: (code) => tc(`sectors.${code}`),
              status: (code) => tc(`partnerStatus.${code}`),
            }),
        },
        {
          label: contactsLabel,
          // Read when chosen, and only the listed partners' (the page itself reads no contact).
          build: async () =>
            contactsTable(visible, await partnerRepo.contactsOf(visible.map((partner) => partner.id)), {
              title: contactsLabel,
              header: Object.fromEntries(contactColumns.map((column) => [column, t(`listExport.contactColumns.${column}`)])) as Record<
                (typeof contactColumns)[number],
                string
              >,
            }),
        },
      ]}
    />
  );
}
