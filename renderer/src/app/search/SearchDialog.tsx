/**
 * The one search: a field and its results, grouped by kind (partners and contacts, meetings
 * found by title or minutes, actions, agreements, cases by case code). Arrow keys move
 * through the results, Enter opens one, Escape clears the field and then closes. The text
 * typed is kept in memory only (ui/useSearchText) and forgotten when the app locks.
 */
import { Autocomplete, Collection, Dialog, Header, Input, Menu, MenuSection, Modal, ModalOverlay, RouterProvider, SearchField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useHref, useNavigate } from 'react-router';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n';
import { useSearchStatus, type SearchResultGroup } from '../../search';
import { useSearchText } from '../../ui/useSearchText';
import { SearchResultItem } from './SearchResultItem';
import { useSearchAnswer } from './useSearchAnswer';

interface SearchDialogProps {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
}

export function SearchDialog({ isOpen, onOpenChange }: SearchDialogProps) {
  const navigate = useNavigate();
  return (
    <ModalOverlay className="modal-overlay search-overlay" isOpen={isOpen} onOpenChange={onOpenChange} isDismissable>
      <Modal className="modal search-modal">
        {/* Results are links into the app's router (hash history): RAC follows them with it. */}
        <RouterProvider navigate={(path) => void navigate(path)} useHref={useHref}>
          <SearchPanel onOpened={() => onOpenChange(false)} />
        </RouterProvider>
      </Modal>
    </ModalOverlay>
  );
}

function SearchPanel({ onOpened }: { onOpened: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useSearchText('everything');
  const { answer, failed } = useSearchAnswer(text);
  const status = useSearchStatus();
  const language = useLanguage();
  const groups: SearchResultGroup[] = answer?.groups ?? [];
  const blank = text.trim() === '';

  let message: string;
  if (failed) message = t('search.failed');
  else if (blank) message = t('search.hint');
  else if (answer && groups.length === 0) message = t('search.nothing', { query: text.trim() });
  else message = '';
  const building = status.state === 'building' ? t('search.building', { count: status.read, shown: formatNumber(status.read, language) }) : '';

  return (
    <Dialog className="dialog search-dialog" aria-label={t('search.label')}>
      <Autocomplete inputValue={text} onInputChange={setText}>
        <SearchField className="search-field" aria-label={t('search.label')} autoFocus>
          <Input className="search-input" placeholder={t('search.placeholder')} autoComplete="off" spellCheck={false} />
        </SearchField>
        <p className="search-status muted" role="status">
          {[message, building].filter(Boolean).join(' ')}
        </p>
        <Menu className="search-results" items={groups} aria-label={t('search.results')} onAction={onOpened} renderEmptyState={() => null}>
          {(group) => (
            <MenuSection id={group.group} className="search-group">
              <Header className="search-group-header">
                {t(`search.groups.${group.group}`)}
                <span className="search-group-count">
                  {group.total > group.hits.length
                    ? t('search.shownOf', { shown: formatNumber(group.hits.length, language), total: formatNumber(group.total, language) })
                    : formatNumber(group.total, language)}
                </span>
              </Header>
              <Collection items={group.hits}>{(hit) => <SearchResultItem hit={hit} />}</Collection>
            </MenuSection>
          )}
        </Menu>
      </Autocomplete>
    </Dialog>
  );
}
