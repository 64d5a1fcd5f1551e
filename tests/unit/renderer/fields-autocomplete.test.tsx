// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { SelectField, TextAreaField, TextField } from '../../../renderer/src/ui/fields';

// React warns when act() runs outside its test environment flag.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;

async function render(element: React.ReactElement): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root!.render(element));
  return container;
}

afterEach(() => {
  act(() => root?.unmount());
  document.body.replaceChildren();
});

/** What a caller might pass through a spread the types do not see (e.g. a library's props). */
const sneaked = { autoComplete: 'name' } as object;

describe('the shared fields keep typed text out of the browser’s autofill', () => {
  it('turn autocomplete off on every control, whatever the caller passes', async () => {
    const container = await render(
      <form autoComplete="off">
        <TextField label="Name" {...sneaked} />
        <TextField type="search" label="Search" {...sneaked} />
        <TextField type="email" label="E-mail" />
        <TextAreaField label="Notes" {...sneaked} />
        <SelectField label="Sector" {...sneaked}>
          <option value="police">Police</option>
        </SelectField>
      </form>,
    );
    const controls = [...container.querySelectorAll('input, textarea, select')];
    expect(controls).toHaveLength(5);
    expect(controls.map((control) => control.getAttribute('autocomplete'))).toEqual(['off', 'off', 'off', 'off', 'off']);
  });
});
