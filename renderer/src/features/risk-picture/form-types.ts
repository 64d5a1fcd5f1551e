/** The editor's react-hook-form types, shared by its section files. */
import type { Control, FieldErrors, UseFormRegister } from 'react-hook-form';
import type { RiskEditionData, RiskEditionInput } from '../../domain/risk-picture';

export type EditionControl = Control<RiskEditionInput, unknown, RiskEditionData>;
export type EditionRegister = UseFormRegister<RiskEditionInput>;
export type EditionErrors = FieldErrors<RiskEditionInput>;

/** What every section of the editor is handed. */
export interface SectionProps {
  control: EditionControl;
  register: EditionRegister;
  errors: EditionErrors;
}
