/** Step 2 of the import: which column fills which field, guessed from the headings, every choice changeable. */
import { useTranslation } from 'react-i18next';
import { assignColumn, contactFields, importFields, type ColumnMapping, type ImportField } from '../../import/column-mapping';
import type { ImportOptions } from '../../import/preview';
import type { ImportTable } from '../../import/read-table';
import { partnerStatuses, type PartnerStatus, type SectorCode } from '../../domain/sectors';
import { SelectField } from '../../ui/fields';
import { SectorOptions } from './SectorOptions';

/** A spreadsheet's column name: A, B, … Z, AA, AB … */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

interface ImportMappingStepProps {
  fileName: string;
  table: ImportTable;
  mapping: ColumnMapping;
  options: ImportOptions;
  onMapping: (mapping: ColumnMapping) => void;
  onOptions: (options: ImportOptions) => void;
  onBack: () => void;
  onNext: () => void;
}

export function ImportMappingStep({ fileName, table, mapping, options, onMapping, onOptions, onBack, onNext }: ImportMappingStepProps) {
  const { t } = useTranslation('partners');
  const { t: tc } = useTranslation();
  const nameMissing = mapping.name === null;

  const columnLabel = (index: number) => {
    const title = table.header[index] ?? '';
    const column = title ? t('import.map.column', { number: columnLetter(index), title }) : t('import.map.untitled', { number: columnLetter(index) });
    const sample = table.rows.find((row) => (row.cells[index] ?? '').trim() !== '')?.cells[index]?.trim() ?? '';
    return sample ? t('import.map.example', { column, value: sample.length > 30 ? `${sample.slice(0, 29)}…` : sample }) : column;
  };
  const fieldSelect = (field: ImportField) => (
    <SelectField
      key={field}
      label={t(`import.fields.${field}`)}
      value={mapping[field] === null ? '' : String(mapping[field])}
      error={field === 'name' && nameMissing ? t('import.map.nameRequired') : undefined}
      onChange={(event) => onMapping(assignColumn(mapping, field, event.target.value === '' ? null : Number(event.target.value)))}
    >
      <option value="">{t('import.map.notMapped')}</option>
      {table.header.map((_, index) => (
        <option key={index} value={index}>
          {columnLabel(index)}
        </option>
      ))}
    </SelectField>
  );
  const partnerFields = importFields.filter((field) => !(contactFields as readonly string[]).includes(field));

  return (
    <section className="card stack import-mapping">
      <h2 className="section-title">{t('import.map.title')}</h2>
      <p>
        {t('import.map.file', { file: fileName, rows: table.rows.length, columns: table.header.length })} {t('import.map.intro')}
      </p>
      {table.encoding === 'windows-1252' && <p className="notice warn">{t('import.map.windows1252')}</p>}
      <fieldset className="form-grid">
        <legend>{t('import.map.partner')}</legend>
        {partnerFields.map(fieldSelect)}
      </fieldset>
      <fieldset className="form-grid">
        <legend>{t('import.map.contact')}</legend>
        {contactFields.map(fieldSelect)}
      </fieldset>
      <fieldset className="form-grid">
        <legend>{t('import.map.defaults')}</legend>
        <SelectField
          label={t('import.map.defaultSector')}
          value={options.defaultSector ?? ''}
          onChange={(event) => onOptions({ ...options, defaultSector: event.target.value === '' ? null : (event.target.value as SectorCode) })}
        >
          <option value="">{t('import.map.noDefaultSector')}</option>
          <SectorOptions />
        </SelectField>
        <SelectField
          label={t('import.map.defaultStatus')}
          value={options.defaultStatus}
          onChange={(event) => onOptions({ ...options, defaultStatus: event.target.value as PartnerStatus })}
        >
          {partnerStatuses.map((status) => (
            <option key={status} value={status}>
              {tc(`partnerStatus.${status}`)}
            </option>
          ))}
        </SelectField>
      </fieldset>
      <div className="form-actions">
        <button type="button" className="button" onClick={onBack}>
          {t('import.map.back')}
        </button>
        <button type="button" className="button primary" aria-disabled={nameMissing || undefined} onClick={() => !nameMissing && onNext()}>
          {t('import.map.next')}
        </button>
      </div>
    </section>
  );
}
