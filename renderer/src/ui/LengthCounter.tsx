/**
 * The quiet counter under a text field with a limit. Nothing cuts the text: the counter shows
 * the length once the text nears the limit and turns into an error when over it; the form's
 * schema refuses too long text on saving, with its own message.
 */
import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { countedLength } from '../domain/validation';
import { useLanguage } from '../i18n';
import { formatNumber } from '../i18n/format';

/** From this share of the limit on, the counter is shown; below it, it would only be noise. */
const showFrom = 0.9;

export function isNearLimit(length: number, limit: number): boolean {
  return length >= limit * showFrom;
}

interface LengthCounterProps {
  /** Referenced by the control's aria-describedby while the counter is shown. */
  id: string;
  length: number;
  limit: number;
}

export function LengthCounter({ id, length, limit }: LengthCounterProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const over = length > limit;
  const [shownLength, shownLimit] = [formatNumber(length, language), formatNumber(limit, language)];
  return (
    <>
      {isNearLimit(length, limit) && (
        <span id={id} className={over ? 'length-counter over' : 'length-counter'}>
          <span aria-hidden="true">
            {shownLength} / {shownLimit}
          </span>
          <span className="visually-hidden">{t('textLimit.counter', { length: shownLength, max: shownLimit })}</span>
        </span>
      )}
      {/* Always present, so screen readers hear it change: once on going over, not on every key. */}
      <span className="visually-hidden" role="status">
        {over ? t('textLimit.over', { max: shownLimit }) : ''}
      </span>
    </>
  );
}

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/**
 * The counted length of a text control's value, and the ref that tells it which control. A
 * controlled field passes its value; an uncontrolled one (react-hook-form's `register`) is
 * read from the element after every input and on every render, so a form reset shows too.
 */
export function useCountedLength(controlled: unknown): [number, (node: TextControl | null) => void] {
  const [watch] = useState(watchValueLength);
  const isControlled = controlled !== undefined && controlled !== null;
  // A controlled field is never watched: a render of our own between the input and React's
  // onChange would put the old value back into the control, and the keystroke would be lost.
  const fromElement = useSyncExternalStore(isControlled ? ignoreChanges : watch.subscribe, watch.length);
  return [isControlled ? countedLength(String(controlled)) : fromElement, watch.attach];
}

const ignoreChanges = () => () => undefined;

function watchValueLength() {
  let element: TextControl | null = null;
  return {
    attach: (node: TextControl | null) => {
      element = node;
    },
    // On the document, so it holds whichever element the ref gives, also one that comes later;
    // bubbling, so the form's own onChange has seen the input first.
    subscribe: (changed: () => void) => {
      const onInput = (event: Event) => {
        if (event.target === element) changed();
      };
      document.addEventListener('input', onInput);
      return () => document.removeEventListener('input', onInput);
    },
    length: () => countedLength(element?.value ?? ''),
  };
}
