// @vitest-environment jsdom
/**
 * Search text stays out of the address: the browser writes every address into its History and
 * Sessions files, on disk, where the app's encryption cannot reach. Filters that are codes, ids
 * and page numbers stay in it, so links and reloads keep them.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultPartnerListQuery, type PartnerListQuery } from '../../../renderer/src/domain/partner-list';
import { paramsFromQuery as meetingParams, queryFromParams as meetingQuery } from '../../../renderer/src/features/meetings/list-query';
import { paramsFromQuery as partnerParams, queryFromParams as partnerQuery } from '../../../renderer/src/features/partners/list-query';
import { forgetSearchTexts, useSearchText } from '../../../renderer/src/ui/useSearchText';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('the list addresses', () => {
  it('keep the meeting list’s filters and pages, never its title search', () => {
    // The page's whole state, search included, as it might be handed on.
    const withSearch = { search: 'Fallkonferenz Nord', seriesId: 's1', type: 'case_panel' as const, status: 'held' as const, upcomingPage: 2, pastPage: 3 };
    const params = meetingParams(withSearch);
    expect(params.toString()).toBe('series=s1&type=case_panel&status=held&upcoming=2&page=3');
    expect(meetingQuery(params)).toEqual({ seriesId: 's1', type: 'case_panel', status: 'held', upcomingPage: 2, pastPage: 3 });
    // An old link's search is not read back.
    expect(meetingQuery(new URLSearchParams('q=Fallkonferenz'))).not.toHaveProperty('search');
  });

  it('keep the partner list’s filters and sort, never its name search', () => {
    const shown: PartnerListQuery = { ...defaultPartnerListQuery, search: 'Jugendamt', sector: 'police', showArchived: true };
    const params = partnerParams(shown);
    expect(params.toString()).toBe('sector=police&archived=1');
    expect(partnerQuery(new URLSearchParams('q=Jugendamt&sector=police'))).not.toHaveProperty('search');
  });
});

describe('a list’s search text', () => {
  let root: Root | undefined;
  let shown: Record<string, (text: string) => void> = {};

  function SearchBox({ list }: { list: string }) {
    const [text, setText] = useSearchText(list);
    shown[list] = setText;
    return <output data-list={list}>{text}</output>;
  }

  async function mount(...lists: string[]): Promise<HTMLElement> {
    const container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    await act(async () => root!.render(lists.map((list) => <SearchBox key={list} list={list} />)));
    return container;
  }

  async function unmount() {
    await act(async () => root?.unmount());
    document.body.replaceChildren();
    shown = {};
  }

  afterEach(async () => {
    await unmount();
    forgetSearchTexts();
  });

  const textOf = (container: HTMLElement, list: string) => container.querySelector(`[data-list="${list}"]`)?.textContent;

  it('is still there when the list is opened again (moving between pages), per list, and in no web storage', async () => {
    let container = await mount('meetings', 'partners');
    await act(async () => shown.meetings!('Netzwerk'));
    expect(textOf(container, 'meetings')).toBe('Netzwerk');
    await unmount();

    container = await mount('meetings', 'partners');
    expect(textOf(container, 'meetings')).toBe('Netzwerk');
    expect(textOf(container, 'partners')).toBe('');
    expect(localStorage.length + sessionStorage.length).toBe(0);
    expect(JSON.stringify(history.state ?? null)).not.toContain('Netzwerk');
    expect(location.href).not.toContain('Netzwerk');
  });

  it('is forgotten on request (the app lock)', async () => {
    await mount('meetings');
    await act(async () => shown.meetings!('Netzwerk'));
    await unmount();
    forgetSearchTexts();
    const container = await mount('meetings');
    expect(textOf(container, 'meetings')).toBe('');
  });
});
