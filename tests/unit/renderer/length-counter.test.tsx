// @vitest-environment jsdom
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { useForm } from 'react-hook-form';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { changeLanguage, initI18n } from '../../../renderer/src/i18n';
import { TextAreaField, TextField } from '../../../renderer/src/ui/fields';

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

/** Changes the value as typing or pasting does: the native setter, then an input event. */
async function type(control: HTMLTextAreaElement | HTMLInputElement, value: string): Promise<void> {
  const prototype = control instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(control, value);
    control.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** An uncontrolled field, as every form registers it with react-hook-form. */
function MinutesForm({ initial }: { initial: string }) {
  const { register } = useForm({ defaultValues: { minutes: initial } });
  return <TextAreaField label="Protokoll" limit={5000} {...register('minutes')} />;
}

/** A controlled field, as dialogs keep their text in state. */
function NoteDialog() {
  const [note, setNote] = useState('');
  return <TextAreaField label="Notiz" limit={10} value={note} onChange={(event) => setNote(event.target.value)} />;
}

const counter = (container: HTMLElement) => container.querySelector('.length-counter');
const status = (container: HTMLElement) => container.querySelector('[role="status"]')?.textContent;

beforeAll(async () => {
  await initI18n('de');
});
afterEach(async () => {
  await act(async () => root?.unmount());
  document.body.innerHTML = '';
});

describe('a text field with a limit', () => {
  it('stays quiet far from the limit, and cuts nothing', async () => {
    await changeLanguage('de');
    const container = await render(<MinutesForm initial="Kurz." />);
    const control = container.querySelector('textarea')!;
    expect(counter(container)).toBeNull();
    expect(control.hasAttribute('maxlength')).toBe(false);
    expect(control.getAttribute('aria-invalid')).toBeNull();
  });

  it('counts the registered value from the start once it nears the limit, in the UI language', async () => {
    await changeLanguage('de');
    const container = await render(<MinutesForm initial={'a'.repeat(4980)} />);
    expect(counter(container)?.textContent).toContain('4.980 / 5.000');
    expect(counter(container)?.textContent).toContain('4.980 von höchstens 5.000 Zeichen');
    const control = container.querySelector('textarea')!;
    expect(control.getAttribute('aria-describedby')).toBe(counter(container)!.id);
    expect(status(container)).toBe('');
  });

  it('turns into an error when over, keeps every character, and says so once', async () => {
    await changeLanguage('de');
    const container = await render(<MinutesForm initial="" />);
    const control = container.querySelector('textarea')!;
    const pasted = 'b'.repeat(5001);
    await type(control, pasted);
    expect(control.value).toBe(pasted);
    expect(counter(container)?.classList.contains('over')).toBe(true);
    expect(counter(container)?.textContent).toContain('5.001 / 5.000');
    expect(control.getAttribute('aria-invalid')).toBe('true');
    expect(status(container)).toBe('Länger als 5.000 Zeichen: Kürzen Sie den Text, um ihn zu speichern.');

    await type(control, 'b'.repeat(4999));
    expect(counter(container)?.classList.contains('over')).toBe(false);
    expect(control.getAttribute('aria-invalid')).toBeNull();
    expect(status(container)).toBe('');
  });

  it('counts a controlled field as the schema does: trimmed', async () => {
    await changeLanguage('en');
    const container = await render(<TextField label="Name" limit={200} value={`  ${'n'.repeat(200)}  `} onChange={() => undefined} />);
    expect(counter(container)?.textContent).toContain('200 / 200');
    expect(counter(container)?.classList.contains('over')).toBe(false);
    expect(container.querySelector('input')!.hasAttribute('maxlength')).toBe(false);
  });

  it('lets a controlled field take every keystroke, counting as it goes', async () => {
    await changeLanguage('de');
    const container = await render(<NoteDialog />);
    const control = container.querySelector('textarea')!;
    await type(control, 'abcdefghi');
    expect(control.value).toBe('abcdefghi');
    expect(counter(container)?.textContent).toContain('9 / 10');
    await type(control, 'abcdefghijk');
    expect(control.value).toBe('abcdefghijk');
    expect(counter(container)?.classList.contains('over')).toBe(true);
  });

  it('formats the count in English too', async () => {
    await changeLanguage('en');
    const container = await render(<MinutesForm initial={'a'.repeat(5002)} />);
    expect(counter(container)?.textContent).toContain('5,002 / 5,000');
    expect(status(container)).toBe('Longer than 5,000 characters: shorten the text to save it.');
  });
});
