/**
 * Seeds a large city's cases straight into the app's IndexedDB (database "roundtable"):
 * partners up to a total (each with contacts), N referrals received over the last ten years
 * with about ten timeline entries each (status steps, notes, contacts, support actions, and
 * the 6- and 12-month reviews of closed cases, most done, a few overdue), and audit entries
 * for them. Records are shaped as the record store writes them (revision 1, every field the
 * strict schemas want, `nextReviewOn` as the repository keeps it), so the app can open and
 * edit them. The audit entries carry placeholder hashes (the chain does not verify): they
 * are there for their number, and the stored head moves past them so new entries follow on.
 *
 * It writes with the raw IndexedDB API after the app has created the database (say who works
 * here and load the example network first); reload the page afterwards, so the app's own
 * connection reads the new rows.
 */
import type { Page } from 'playwright-core';
import { exposeRetentionStart, type RetentionCase, type RetentionStartApi } from './retention-start';
import { exposeSealing, type SealingApi } from './sealing';

export interface LargeReferralOptions {
  referrals: number;
  /** Timeline entries per case, on average (status steps and reviews included). */
  eventsPerReferral?: number;
  /** Partners in all, the example network's included. */
  partners?: number;
  contactsPerPartner?: number;
  /** Audit entries per case: its creation and its first timeline entries (placeholders, see above). */
  auditPerReferral?: number;
  /** "Today" as the app sees it (YYYY-MM-DD): nothing is received after it. */
  today: string;
}

export interface SeededReferrals {
  referrals: number;
  events: number;
  audit: number;
  partners: number;
  /** Cases whose next review is due today or earlier (not done, not removed). */
  reviewsDue: number;
}

export async function seedLargeReferrals(page: Page, options: LargeReferralOptions): Promise<SeededReferrals> {
  const settings = { eventsPerReferral: 10, partners: 500, contactsPerPartner: 6, auditPerReferral: 5, ...options };
  // tsx (esbuild, keepNames) wraps named inner functions in __name(): give the page one.
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  // Rows are read and written as the app stores them: sealed with the profile's keys.
  await exposeSealing(page);
  // Closed cases get the day their retention runs from, by the app's own rule.
  await exposeRetentionStart(page);
  return page.evaluate(async (o) => {
    const open = (): Promise<IDBDatabase> =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('roundtable');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const db = await open();
    const { roundtableSealRows, roundtableOpenRows, roundtableRetentionStarts } = globalThis as unknown as SealingApi & RetentionStartApi;
    const readAll = async <T>(store: string): Promise<T[]> => {
      const stored = await new Promise<object[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as object[]);
        request.onerror = () => reject(request.error);
      });
      return (await roundtableOpenRows(store, stored)) as T[];
    };
    const write = async (rows: Record<string, object[]>): Promise<void> => {
      const sealed: Record<string, object[]> = {};
      for (const [store, list] of Object.entries(rows)) sealed[store] = await roundtableSealRows(store, list);
      return new Promise((resolve, reject) => {
        const tx = db.transaction(Object.keys(sealed), 'readwrite');
        for (const [store, list] of Object.entries(sealed)) {
          const target = tx.objectStore(store);
          for (const row of list) target.put(row);
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    };

    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const stamp = '2026-01-05T09:00:00.000Z';
    const meta = () => ({ id: crypto.randomUUID(), createdAt: stamp, updatedAt: stamp, deletedAt: null, revision: 1 });
    const day = (iso: string, plus: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + plus * 86_400_000).toISOString().slice(0, 10);
    const addMonths = (iso: string, months: number) => {
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      const target = new Date(Date.UTC(y, m - 1 + months, 1));
      const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
      target.setUTCDate(Math.min(d, last));
      return target.toISOString().slice(0, 10);
    };

    // Partners up to the total, each with contacts.
    const existing = (await readAll<{ id: string; deletedAt: string | null }>('partners')).filter((p) => p.deletedAt === null);
    if (existing.length === 0) throw new Error('seed: load the example network first');
    const sectors = ['school', 'police', 'social_services', 'civil_society', 'youth', 'religious', 'mental_health', 'local_government', 'justice'];
    const newPartners = Array.from({ length: Math.max(0, o.partners - existing.length) }, (_, index) => ({
      ...meta(),
      name: `Partner agency ${String(index + 1).padStart(3, '0')}`,
      shortName: '',
      sector: pick(sectors),
      status: 'active',
      role: '',
      joinedOn: '',
      notes: '',
    }));
    const contacts = newPartners.flatMap((partner) =>
      Array.from({ length: o.contactsPerPartner }, (_, position) => ({
        ...meta(),
        name: `Contact ${position + 1} of ${partner.name}`,
        role: 'Case worker',
        email: '',
        phone: '',
        notes: '',
        partnerId: partner.id,
        position,
      })),
    );
    await write({ partners: newPartners, contacts });
    const partnerIds = [...existing.map((p) => p.id), ...newPartners.map((p) => p.id)];
    const leads = partnerIds.slice(0, Math.max(1, Math.floor(partnerIds.length * 0.6)));

    const concerns = [
      'right_wing',
      'left_wing',
      'islamist',
      'foreign_related',
      'reichsbuerger_delegitimisation',
      'antisemitism',
      'conspiracy_ideologies',
      'misogyny_incel',
      'racism',
      'mixed_unclear',
      'other_ideology',
      'violence',
      'gangs',
      'drugs',
      'organised_crime',
    ];
    const vulnerabilities = ['bullying', 'exclusion', 'mental_health', 'asylum_seeker', 'online_exposure', 'family', 'isolation', 'other'];
    const words = 'shares content in class chats withdrew from sports club school reports concern family asked for support online contact with group'.split(
      ' ',
    );
    const sentence = (length: number) => Array.from({ length }, () => pick(words)).join(' ');
    const path = ['received', 'screening', 'information_gathering', 'panel', 'support', 'review'];
    const by = 'Toni Exempel (Präventionskoordination)';

    const head = (await readAll<{ key: string; value: unknown }>('settings')).find((s) => s.key === 'auditHead')?.value as { seq: number } | undefined;
    let seq = head?.seq ?? 0;
    // Case numbers go on after those given out already: a case code is unique.
    const numbers = new Map<number, number>();
    for (const { caseYear, caseNumber } of await readAll<{ caseYear: number; caseNumber: number }>('referrals')) {
      numbers.set(caseYear, Math.max(numbers.get(caseYear) ?? 0, caseNumber));
    }
    const span = 3650;
    const counts = { referrals: 0, events: 0, audit: 0, reviewsDue: 0 };
    const batch = 1000;
    // Received dates in order over ten years, so case numbers count up within each year.
    const received = Array.from({ length: o.referrals }, () => day(o.today, -Math.floor(random() * span))).sort();
    for (let start = 0; start < o.referrals; start += batch) {
      const referrals: Record<string, unknown>[] = [];
      const retentionCases: RetentionCase[] = [];
      const events: object[] = [];
      const audit: object[] = [];
      const entry = (entityId: string, entity: string, action: string, parentId: string | null) => {
        seq += 1;
        audit.push({
          id: crypto.randomUUID(),
          seq,
          at: stamp,
          actorName: 'Toni Exempel',
          actorOrganisation: 'Präventionskoordination',
          action,
          entity,
          entityId,
          parentId,
          changes: [],
          prevHash: '0'.repeat(64),
          hash: 'f'.repeat(64),
        });
      };
      for (let index = start; index < Math.min(o.referrals, start + batch); index += 1) {
        const receivedOn = received[index]!;
        const year = Number(receivedOn.slice(0, 4));
        const caseNumber = (numbers.get(year) ?? 0) + 1;
        numbers.set(year, caseNumber);
        const id = crypto.randomUUID();
        const age = Date.parse(o.today) - Date.parse(receivedOn);
        const old = age > 365 * 86_400_000;
        // Old cases are nearly all finished; recent ones spread over the workflow.
        const ending = random();
        let status: string;
        if (old ? ending < 0.93 : ending < 0.35) status = 'closed';
        else if (ending < (old ? 0.97 : 0.45)) status = pick(['not_appropriate', 'signposted']);
        else status = pick(path);
        const steps = status === 'closed' ? [...path, 'closed'] : path.includes(status) ? path.slice(0, path.indexOf(status) + 1) : ['received', status];
        const timeline: { kind: string; on: string; from: string | null; to: string | null }[] = [];
        let on = receivedOn;
        steps.forEach((step, n) => {
          if (n > 0) on = [day(on, 7 + Math.floor(random() * 30)), o.today].sort()[0]!;
          timeline.push({ kind: step === 'panel' ? 'panel' : 'status', on, from: n === 0 ? null : steps[n - 1]!, to: step });
        });
        const closedOn = status === 'closed' ? on : null;
        const caseEvents: Record<string, unknown>[] = timeline.map((step) => ({
          ...meta(),
          referralId: id,
          kind: step.kind,
          on: step.on,
          by,
          text: step.from ? `Panel — ${sentence(6)}` : '',
          fromStatus: step.from,
          toStatus: step.to,
          outcome: step.to === 'closed' ? 'support_completed' : null,
          meetingId: null,
          agendaItemId: null,
          ownerPartnerId: null,
          dueDate: '',
          doneOn: null,
          reviewMonths: null,
        }));
        let nextReviewOn: string | null = null;
        if (closedOn) {
          for (const months of [6, 12] as const) {
            const due = addMonths(closedOn, months);
            const done = due < day(o.today, -30) && random() < 0.97;
            if (!done && (nextReviewOn === null || due < nextReviewOn)) nextReviewOn = due;
            caseEvents.push({
              ...meta(),
              referralId: id,
              kind: 'review',
              on: due,
              by,
              text: '',
              fromStatus: null,
              toStatus: null,
              outcome: null,
              meetingId: null,
              agendaItemId: null,
              ownerPartnerId: null,
              dueDate: due,
              doneOn: done ? due : null,
              reviewMonths: months,
            });
          }
        }
        if (nextReviewOn !== null && nextReviewOn <= o.today) counts.reviewsDue += 1;
        // Notes, contacts and support actions fill the timeline up to about the average.
        const extra = Math.max(0, o.eventsPerReferral - caseEvents.length + Math.floor(random() * 5) - 2);
        for (let n = 0; n < extra; n += 1) {
          const kind = pick(['note', 'contact', 'support']);
          const when = [day(receivedOn, Math.floor(random() * 200)), o.today].sort()[0]!;
          caseEvents.push({
            ...meta(),
            referralId: id,
            kind,
            on: when,
            by,
            text: sentence(12),
            fromStatus: null,
            toStatus: null,
            outcome: null,
            meetingId: null,
            agendaItemId: null,
            ownerPartnerId: kind === 'support' ? pick(partnerIds) : null,
            dueDate: kind === 'support' ? day(when, 30) : '',
            doneOn: null,
            reviewMonths: null,
          });
        }
        const referring = pick(partnerIds);
        const lead = random() < 0.1 ? '' : pick(leads);
        const concernTypes = [...new Set([pick(concerns), ...(random() < 0.4 ? [pick(concerns)] : [])])];
        referrals.push({
          id,
          createdAt: stamp,
          updatedAt: stamp,
          deletedAt: null,
          revision: 1,
          initials: random() < 0.5 ? 'A. B.' : '',
          ageBand: pick(['under_12', '12_15', '16_17', '18_24', '25_plus']),
          gender: pick(['', 'female', 'male', 'diverse', 'not_stated']),
          area: pick(['Nordstadt', 'Südstadt', 'Altstadt', 'Hafen', '']),
          referringPartnerId: referring,
          referringContactId: null,
          receivedOn,
          leadPartnerId: lead,
          involvedPartnerIds: [...new Set([referring, ...(lead ? [lead] : [])])],
          concernTypes,
          vulnerabilities: [pick(vulnerabilities)],
          summary: sentence(30),
          consent: 'not_asked',
          consentFrom: '',
          consentOn: '',
          consentJustification: '',
          riskLevel: pick(['low', 'medium', 'high']),
          riskAssessedOn: '',
          caseCode: `RT-${year}-${String(caseNumber).padStart(4, '0')}`,
          caseYear: year,
          caseNumber,
          status,
          outcome: closedOn ? 'support_completed' : null,
          closedOn,
          nextReviewOn,
          retentionFrom: null,
        });
        retentionCases.push({
          referral: { status, closedOn, updatedAt: stamp } as RetentionCase['referral'],
          timeline: caseEvents as unknown as RetentionCase['timeline'],
        });
        events.push(...caseEvents);
        // The city's ~100,000 audit entries: each case's creation and a few of its timeline entries.
        entry(id, 'referral', 'create', null);
        for (const event of caseEvents.slice(0, o.auditPerReferral - 1)) entry(String(event.id), 'referralEvent', 'event', id);
      }
      const starts = await roundtableRetentionStarts(retentionCases);
      referrals.forEach((referral, at) => (referral['retentionFrom'] = starts[at]));
      await write({ referrals, referralEvents: events, audit });
      counts.referrals += referrals.length;
      counts.events += events.length;
      counts.audit += audit.length;
    }
    await write({ settings: [{ key: 'auditHead', value: { seq, hash: 'f'.repeat(64) } }] });
    db.close();
    return { ...counts, partners: partnerIds.length };
  }, settings);
}
