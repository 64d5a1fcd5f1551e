import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../domain/meeting';
import { agenda as agendaRepo } from '../../storage';
import { useNotify } from '../../ui/notices';
import { StaleNotice, useEditSession } from '../../ui/useEditSession';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { AgendaItemEditor } from './AgendaItemEditor';

/**
 * Editing one agenda item in place. The save names the revision the editor opened with; if
 * the item changed elsewhere meanwhile, the editor keeps what was typed and offers the
 * current version.
 */
export function AgendaItemEditSession({ item, onClose }: { item: AgendaItem; onClose: () => void }) {
  const { t } = useTranslation('meetings');
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const session = useEditSession(item);
  return (
    <>
      <StaleNotice session={session} />
      <AgendaItemEditor
        key={session.formKey}
        initial={{
          title: item.title,
          presenter: item.presenter,
          plannedMinutes: item.plannedMinutes === null ? '' : item.plannedMinutes,
          confidential: item.confidential,
          caseDiscussion: item.caseDiscussion,
          minutes: item.minutes,
          decisions: item.decisions,
        }}
        onCancel={onClose}
        onSubmit={async (values) => {
          try {
            await agendaRepo.update(item.id, session.base, values);
            notify('success', t('agenda.saved'));
            onClose();
          } catch (error) {
            if (!session.refused(error)) notify('error', errorMessage(error));
          }
        }}
      />
    </>
  );
}
