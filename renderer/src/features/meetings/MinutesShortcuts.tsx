import { useTranslation } from 'react-i18next';

/** The view's keys, on screen: nobody should have to guess them. */
export function MinutesShortcuts() {
  const { t } = useTranslation('meetings');
  return (
    <aside className="minutes-shortcuts" aria-label={t('minutesView.shortcutsTitle')}>
      <h2>{t('minutesView.shortcutsTitle')}</h2>
      <dl>
        <div>
          <dt>
            <kbd>Alt</kbd> + <kbd>↓</kbd>
          </dt>
          <dd>{t('minutesView.shortcutNext')}</dd>
        </div>
        <div>
          <dt>
            <kbd>Alt</kbd> + <kbd>↑</kbd>
          </dt>
          <dd>{t('minutesView.shortcutPrevious')}</dd>
        </div>
        <div>
          <dt>
            <kbd>Enter</kbd>
          </dt>
          <dd>{t('minutesView.shortcutAdd')}</dd>
        </div>
      </dl>
    </aside>
  );
}
