/** A modal with a small form: a title, fields, and submit/cancel. Traps focus, Escape cancels. */
import type { FormEvent, ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

interface FormDialogProps {
  isOpen: boolean;
  title: string;
  submitLabel: string;
  /** 'danger' for a step that cannot be undone (deleting for good), as ConfirmDialog. */
  tone?: 'danger' | 'primary';
  busy?: boolean;
  /** Room for a longer form (two columns of fields). */
  wide?: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

export function FormDialog({ isOpen, title, submitLabel, tone = 'primary', busy, wide, onSubmit, onCancel, children }: FormDialogProps) {
  const { t } = useTranslation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(open) => !open && onCancel()} isDismissable>
      <Modal className={wide ? 'modal wide' : 'modal'}>
        <Dialog className="dialog">
          <form autoComplete="off" className="stack" onSubmit={submit} noValidate>
            <Heading slot="title">{title}</Heading>
            {children}
            <div className="dialog-actions">
              <button type="button" className="button" onClick={onCancel}>
                {t('actions.cancel')}
              </button>
              <button type="submit" className={`button ${tone}`} disabled={busy}>
                {submitLabel}
              </button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
