/**
 * The coverage grid: partners against partners, grouped by sector, for a set small enough to
 * read (coverage-matrix-view.ts, `gridLimit`). One component: the cells are computed once
 * (a map lookup each), labels translated once per render, no hook per cell. Keyboard: one
 * tab stop; the arrow keys move between cells, Home and End to a row's ends, Ctrl+Home and
 * Ctrl+End to the grid's corners, Enter opens the agreements behind a covered cell.
 */
import { useCallback, useId, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useHref, useNavigate } from 'react-router';
import { dataCategories, type DataCategory } from '../../domain/agreement';
import type { CoverageMatrix } from '../../domain/agreement-coverage';
import { gridCells, groupBySector, type GridCell } from '../../domain/coverage-matrix-view';
import type { Partner } from '../../domain/partner';
import { Section } from '../../ui/Section';
import { pairLink, pairQuery } from './list-query';
import { shortLabel } from './partner-names';

interface Position {
  row: number;
  column: number;
}

/** The cell a key moves to from `from`, or undefined for a key the grid leaves alone. */
function target(key: string, ctrl: boolean, from: Position, last: number): Position | undefined {
  const clamp = (value: number) => Math.min(Math.max(value, 0), last);
  const at = (row: number, column: number) => ({ row: clamp(row), column: clamp(column) });
  switch (key) {
    case 'ArrowRight':
      return at(from.row, from.column + 1);
    case 'ArrowLeft':
      return at(from.row, from.column - 1);
    case 'ArrowDown':
      return at(from.row + 1, from.column);
    case 'ArrowUp':
      return at(from.row - 1, from.column);
    case 'Home':
      return ctrl ? at(0, 0) : at(from.row, 0);
    case 'End':
      return ctrl ? at(last, last) : at(from.row, last);
    default:
      return undefined;
  }
}

const cellId = ({ row, column }: Position) => `${row}-${column}`;

function positionOf(element: EventTarget): Position | undefined {
  const cell = (element as HTMLElement).closest?.<HTMLElement>('[data-cell]')?.dataset.cell;
  if (!cell) return undefined;
  const [row, column] = cell.split('-').map(Number);
  return { row: row!, column: column! };
}

/** A partner's name as a header: the short name shown, the full one in a tooltip and for screen readers. */
function partnerHeader(partner: Partner) {
  const short = shortLabel(partner);
  const abbreviated = short !== partner.name;
  return (
    <>
      <span className="matrix-label" aria-hidden={abbreviated || undefined}>
        {short}
      </span>
      {abbreviated && <span className="visually-hidden">{partner.name}</span>}
    </>
  );
}

interface CellWords {
  gap: string;
  self: string;
  /** The accessible name of a covered cell. */
  covered: (row: Partner, column: Partner, categories: readonly DataCategory[]) => string;
  /** Where a covered cell's link leads (the register filtered to the pair), as an href. */
  href: (row: Partner, column: Partner) => string;
}

/**
 * One cell: plain elements, no component and no hook, so a 40 × 40 grid is 1,600 elements and
 * nothing more. Gap and self cells are named by aria-label, not by hidden text: a hidden span
 * is a box of its own for layout. A covered cell is a plain link; the grid navigates for it.
 */
function gridCell(row: Partner, column: Partner, content: GridCell, position: Position, groupStart: boolean, tabStop: boolean, words: CellWords) {
  const focus = { 'data-cell': cellId(position), tabIndex: tabStop ? 0 : -1 };
  const className = (kind: string) => (groupStart ? `${kind} matrix-group-start` : kind);
  if (content.kind === 'self') return <td key={column.id} className={className('matrix-self')} aria-label={words.self} {...focus} />;
  if (content.kind === 'gap') {
    return (
      <td key={column.id} className={className('matrix-gap')} aria-label={words.gap} {...focus}>
        –
      </td>
    );
  }
  const label = words.covered(row, column, content.coverage.categories);
  return (
    <td key={column.id} className={className('matrix-covered')}>
      <a href={words.href(row, column)} data-pair={`${row.id}|${column.id}`} aria-label={label} title={label} {...focus}>
        ✓&thinsp;{content.coverage.categories.length}
      </a>
    </td>
  );
}

export function MatrixGrid({ partners, matrix }: { partners: Partner[]; matrix: CoverageMatrix }) {
  const { t } = useTranslation('agreements');
  const { t: tc } = useTranslation();
  const labelId = useId();
  const navigate = useNavigate();
  const registerHref = useHref('/agreements');
  const table = useRef<HTMLTableElement>(null);
  const [active, setActive] = useState<Position>({ row: 0, column: 0 });
  const groups = useMemo(
    () =>
      groupBySector(
        partners.map((partner, index) => ({ partner, index })),
        (entry) => entry.partner.sector,
      ),
    [partners],
  );
  const groupStarts = useMemo(() => new Set(groups.map((group) => group.items[0]!.index)), [groups]);
  const last = partners.length - 1;
  // The tab stop stays inside the grid when a filter makes it smaller.
  const current = { row: Math.min(active.row, last), column: Math.min(active.column, last) };

  // Every cell once per change of data or language, labels translated once, outside the loop.
  // Moving the focus re-renders only the row of the tab stop: the others are the same
  // elements, which React skips.
  const words = useMemo((): CellWords => {
    const categoryLabels = new Map(dataCategories.map((category) => [category, t(`vocab.categories.${category}`)]));
    return {
      gap: t('matrix.uncovered'),
      self: t('matrix.legendSelf'),
      covered: (row, column, categories) =>
        t('matrix.cell', {
          first: row.name,
          second: column.name,
          count: categories.length,
          categories: categories.map((category) => categoryLabels.get(category)).join(', '),
        }),
      href: (row, column) => `${registerHref}?${pairQuery(row.id, column.id)}`,
    };
  }, [t, registerHref]);
  const cells = useMemo(() => gridCells(partners, matrix), [partners, matrix]);
  const rowCells = useCallback(
    (rowIndex: number, tabColumn: number | null) =>
      partners.map((column, columnIndex) =>
        gridCell(
          partners[rowIndex]!,
          column,
          cells[rowIndex]![columnIndex]!,
          { row: rowIndex, column: columnIndex },
          groupStarts.has(columnIndex),
          columnIndex === tabColumn,
          words,
        ),
      ),
    [partners, cells, groupStarts, words],
  );
  const quietRows = useMemo(() => partners.map((_, rowIndex) => rowCells(rowIndex, null)), [partners, rowCells]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const from = positionOf(event.target);
    const to = from && target(event.key, event.ctrlKey || event.metaKey, from, last);
    if (!to) return;
    event.preventDefault();
    table.current?.querySelector<HTMLElement>(`[data-cell="${cellId(to)}"]`)?.focus();
  };
  const onFocus = (event: FocusEvent<HTMLTableElement>) => {
    const at = positionOf(event.target);
    if (at && (at.row !== active.row || at.column !== active.column)) setActive(at);
  };
  // A covered cell's link, clicked or opened with Enter, navigates in the app (one handler for all).
  const onClick = (event: MouseEvent<HTMLTableElement>) => {
    const pair = (event.target as HTMLElement).closest<HTMLElement>('a[data-pair]')?.dataset.pair;
    if (!pair || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const [first, second] = pair.split('|');
    navigate(pairLink(first!, second!));
  };

  return (
    // The frame takes the page's width without asking for the table's: a wide grid scrolls
    // inside it instead of widening the page.
    <div className="matrix-frame">
      <div className="matrix-scroll" role="region" aria-labelledby={labelId}>
        <span id={labelId} className="visually-hidden">
          {t('matrix.tableLabel')}
        </span>
        <table ref={table} className="matrix" role="grid" aria-labelledby={labelId} onKeyDown={onKeyDown} onFocus={onFocus} onClick={onClick}>
          <colgroup>
            <col />
          </colgroup>
          {groups.map((group) => (
            <colgroup key={group.sector} span={group.items.length} />
          ))}
          <thead>
            <tr className="matrix-sectors">
              <td className="matrix-corner" rowSpan={2}>
                {t('matrix.corner')}
              </td>
              {groups.map((group) => (
                // A sector over one or two columns has no room for its name: a tooltip and
                // screen readers give it, the row bands show it in full.
                <th
                  key={group.sector}
                  scope="colgroup"
                  colSpan={group.items.length}
                  className={group.items.length < 3 ? 'matrix-sector narrow' : 'matrix-sector'}
                  title={tc(`sectors.${group.sector}`)}
                >
                  <span className={group.items.length < 3 ? 'visually-hidden' : undefined}>{tc(`sectors.${group.sector}`)}</span>
                </th>
              ))}
            </tr>
            <tr>
              {partners.map((partner, index) => (
                <th
                  key={partner.id}
                  scope="col"
                  title={partner.name}
                  className={['matrix-col', groupStarts.has(index) && 'matrix-group-start', index === current.column && 'matrix-current']
                    .filter(Boolean)
                    .join(' ')}
                >
                  {partnerHeader(partner)}
                </th>
              ))}
            </tr>
          </thead>
          {groups.map((group) => (
            <tbody key={group.sector}>
              <tr className="matrix-band">
                <th scope="rowgroup" colSpan={partners.length + 1}>
                  <span>{tc(`sectors.${group.sector}`)}</span>
                </th>
              </tr>
              {group.items.map(({ partner: row, index: rowIndex }) => (
                <tr key={row.id}>
                  <th scope="row" title={row.name} className={rowIndex === current.row ? 'matrix-row matrix-current' : 'matrix-row'}>
                    {partnerHeader(row)}
                  </th>
                  {rowIndex === current.row ? rowCells(rowIndex, current.column) : quietRows[rowIndex]}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </div>
  );
}

export function MatrixLegend() {
  const { t } = useTranslation('agreements');
  return (
    <Section title={t('matrix.legendTitle')} className="matrix-legend">
      <ul>
        <li>
          <span className="matrix-swatch matrix-covered" aria-hidden="true">
            ✓ 3
          </span>
          {t('matrix.legendCovered')}
        </li>
        <li>
          <span className="matrix-swatch matrix-gap" aria-hidden="true">
            –
          </span>
          {t('matrix.legendUncovered')}
        </li>
        <li>
          <span className="matrix-swatch matrix-self" aria-hidden="true" />
          {t('matrix.legendSelf')}
        </li>
      </ul>
      <p className="muted">{t('matrix.legendHeaders')}</p>
      <p className="muted">{t('matrix.legendKeyboard')}</p>
    </Section>
  );
}
