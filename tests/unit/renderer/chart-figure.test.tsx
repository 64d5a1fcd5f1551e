// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChartSpec } from '../../../renderer/src/charts/chart-spec';
import { changeLanguage, initI18n } from '../../../renderer/src/i18n';
import { ChartFigure } from '../../../renderer/src/ui/charts/ChartFigure';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
beforeAll(async () => {
  await initI18n('de');
});
afterEach(async () => {
  await act(async () => root?.unmount());
  root = undefined;
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

const referrals: ChartSpec = {
  kind: 'bar',
  title: 'Fallmeldungen je Quartal',
  categories: ['Q1 2025', 'Q2 2025'],
  categoryLabel: 'Quartal',
  series: [{ name: 'Rechtsextremismus', values: [7, null] }],
  valueLabel: 'Fallmeldungen',
};

async function render(spec: ChartSpec): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root!.render(<ChartFigure spec={spec} />));
  // The chart is drawn in a task of its own.
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  return container;
}

function button(container: HTMLElement, name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((candidate) => candidate.textContent === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

describe('a chart with its table', () => {
  it('shows the chart as a blob: image with a text alternative, and revokes it when it leaves', async () => {
    const revoked = vi.spyOn(URL, 'revokeObjectURL');
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:chart-1');
    const container = await render(referrals);
    const image = container.querySelector('img')!;
    expect(image.getAttribute('src')).toBe('blob:chart-1');
    expect(image.getAttribute('alt')).toBe(
      'Diagramm „Fallmeldungen je Quartal“: Rechtsextremismus: Q1 2025 7, Q2 2025 <5. Die Werte stehen in der Tabellenansicht.',
    );
    await act(async () => root!.unmount());
    root = undefined;
    expect(revoked).toHaveBeenCalledWith('blob:chart-1');
  });

  it('switches to a table with caption and headings, a suppressed count written "<5", and back', async () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:chart-2');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const container = await render(referrals);
    expect(button(container, 'Als Diagramm zeigen').getAttribute('aria-pressed')).toBe('true');
    await act(async () => button(container, 'Als Tabelle zeigen').click());
    expect(button(container, 'Als Tabelle zeigen').getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector('img')).toBeNull();
    const table = container.querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).toBe('Fallmeldungen je Quartal (Fallmeldungen)');
    expect([...table.querySelectorAll('thead th')].map((th) => [th.textContent, th.getAttribute('scope')])).toEqual([
      ['Quartal', 'col'],
      ['Rechtsextremismus', 'col'],
    ]);
    expect([...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => [cell.tagName, cell.textContent]))).toEqual([
      [
        ['TH', 'Q1 2025'],
        ['TD', '7'],
      ],
      [
        ['TH', 'Q2 2025'],
        ['TD', '<5'],
      ],
    ]);
    await act(async () => button(container, 'Als Diagramm zeigen').click());
    expect(container.querySelector('img')).not.toBeNull();
  });

  it('says when there is nothing to show, with no empty chart, table or export', async () => {
    await changeLanguage('en');
    try {
      const container = await render({ ...referrals, categories: [], series: [{ name: 'A', values: [] }] });
      expect(container.textContent).toContain('There are no values for this in the period.');
      expect(container.querySelector('img, table, button')).toBeNull();
    } finally {
      await changeLanguage('de');
    }
  });
});
