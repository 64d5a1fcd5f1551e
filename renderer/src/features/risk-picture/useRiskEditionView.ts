/**
 * What the edition's read view and its report show: the edition, and the records it names,
 * each read by id through the record stores (the actions its threats link to, the partners
 * it names, the meeting and decision that agreed it), never a whole table.
 */
import type { ActionItem } from '../../domain/meeting';
import type { RiskPictureEdition } from '../../domain/risk-picture';
import { actions as actionRepo, meetings as meetingRepo, partners as partnerRepo, riskPictures, useLive } from '../../storage';

export interface RiskEditionView {
  edition: RiskPictureEdition;
  partners: { id: string; name: string }[];
  actions: ActionItem[];
  agreedAt: { meeting: { title: string; startsAt: string; timeZone: string } | null; decision: string | null };
}

const unique = (ids: string[]) => [...new Set(ids.filter(Boolean))];

async function agreedAtOf(edition: RiskPictureEdition): Promise<RiskEditionView['agreedAt']> {
  const meetingId = edition.agreement?.meetingId;
  if (!meetingId) return { meeting: null, decision: null };
  const bundle = await meetingRepo.get(meetingId);
  if (!bundle) return { meeting: null, decision: null };
  const decisionId = edition.agreement?.decisionId;
  const decision = decisionId ? bundle.items.flatMap((item) => item.decisions).find((entry) => entry.id === decisionId) : undefined;
  const { title, startsAt, timeZone } = bundle.meeting;
  return { meeting: { title, startsAt, timeZone }, decision: decision?.text ?? null };
}

export async function loadRiskEditionView(id: string): Promise<RiskEditionView | null> {
  const edition = await riskPictures.get(id);
  if (!edition) return null;
  const actions = await actionRepo.getMany(unique(edition.threats.flatMap((threat) => threat.actionIds)));
  const partnerIds = unique([
    ...edition.threats.flatMap((threat) => threat.partnerIds),
    ...edition.sources.map((source) => source.partnerId),
    ...actions.map((action) => action.ownerPartnerId),
  ]);
  const [partners, agreedAt] = await Promise.all([partnerRepo.getMany(partnerIds), agreedAtOf(edition)]);
  return { edition, partners: partners.map(({ id: partnerId, name }) => ({ id: partnerId, name })), actions, agreedAt };
}

/** The view, live; `null` when there is no such edition, `undefined` while loading. */
export function useRiskEditionView(id: string): RiskEditionView | null | undefined {
  return useLive(() => loadRiskEditionView(id), [id]);
}
