import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attendanceValues, type Attendance, type Attendee, type Meeting } from '../../domain/meeting';
import type { Contact, Partner } from '../../domain/partner';
import { isMinutesEditable } from '../../domain/meeting-lifecycle';
import { lengthProblem, limits } from '../../domain/validation';
import { useLanguage } from '../../i18n';
import { collatorFor, formatNumber } from '../../i18n/format';
import { meetings as meetingRepo } from '../../storage';
import { TextField } from '../../ui/fields';
import { useNotify } from '../../ui/notices';
import { Pager } from '../../ui/Pager';
import { usePartnerChoices } from '../../ui/PartnerOptions';
import { Section } from '../../ui/Section';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { usePageParam } from '../../ui/usePageParam';
import { useRevisionChain } from '../../ui/useRevisionChain';

/** A very long attendance list (a whole city's network invited) is shown in pages of this size. */
const attendancePageSize = 100;

interface AttendanceSectionProps {
  meeting: Meeting;
  partners: Partner[];
  contacts: Contact[];
}

/** Who was invited and who came. Each change is saved at once (notes when leaving the field). */
export function AttendanceSection({ meeting, partners, contacts }: AttendanceSectionProps) {
  const { t } = useTranslation('meetings');
  const language = useLanguage();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const editable = isMinutesEditable(meeting.status);
  const [requestedPage, setRequestedPage] = usePageParam('attendancePage');
  /** Someone just added: their row stays in view, wherever the sorting put it. */
  const [addedId, setAddedId] = useState<string | null>(null);

  const chain = useRevisionChain(meeting.revision);
  // Each change is saved at once, and says so: a silent save left people unsure it was kept.
  const attempt = async (work: () => Promise<unknown>) => {
    try {
      await work();
      notify('success', t('attendance.saved'));
    } catch (error) {
      notify('error', errorMessage(error));
    }
  };
  const change = (attendeeId: string, patch: Partial<Pick<Attendee, 'attendance' | 'note'>>) =>
    attempt(() => chain((base) => meetingRepo.updateAttendee(meeting.id, base, attendeeId, patch)));

  const guest = t('attendance.guest');
  // Sorted once per change of the list, organisations looked up by id through a map.
  const rows = useMemo(() => {
    const partnerNames = new Map(partners.map((partner) => [partner.id, partner.name]));
    const collator = collatorFor(language);
    return meeting.attendees
      .map((attendee) => ({ attendee, organisation: (attendee.partnerId && partnerNames.get(attendee.partnerId)) || attendee.organisation || guest }))
      .sort((a, b) => collator.compare(a.organisation, b.organisation) || collator.compare(a.attendee.name, b.attendee.name));
  }, [meeting.attendees, partners, language, guest]);
  const pageCount = Math.max(1, Math.ceil(rows.length / attendancePageSize));
  const addedIndex = useMemo(() => (addedId ? rows.findIndex((row) => row.attendee.id === addedId) : -1), [rows, addedId]);
  const page = addedIndex >= 0 ? Math.floor(addedIndex / attendancePageSize) + 1 : Math.min(requestedPage, pageCount);
  useEffect(() => {
    if (addedIndex >= 0 && page !== requestedPage) setRequestedPage(page);
  }, [addedIndex, page, requestedPage, setRequestedPage]);
  const first = (page - 1) * attendancePageSize;
  const shown = rows.slice(first, first + attendancePageSize);
  const pager = rows.length > attendancePageSize && (
    <Pager
      label={t('attendance.pages')}
      summary={t('attendance.range', {
        from: formatNumber(first + 1, language),
        to: formatNumber(first + shown.length, language),
        total: formatNumber(rows.length, language),
      })}
      page={page}
      pageCount={pageCount}
      onPage={(next) => {
        setAddedId(null);
        setRequestedPage(next);
      }}
      announce
    />
  );
  return (
    <Section title={t('attendance.title')}>
      {pager}
      {rows.length === 0 ? (
        <p className="muted">{t('attendance.none')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('attendance.person')}</th>
              <th scope="col">{t('attendance.organisation')}</th>
              <th scope="col">{t('attendance.status')}</th>
              <th scope="col">{t('attendance.note')}</th>
              {editable && (
                <th scope="col">
                  <span className="visually-hidden">{t('attendance.remove', { name: '' })}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {shown.map(({ attendee, organisation }) => (
              <tr key={attendee.id}>
                <td>{attendee.name}</td>
                <td>{organisation}</td>
                <td>
                  {editable ? (
                    <select
                      autoComplete="off"
                      aria-label={`${t('attendance.status')}: ${attendee.name}`}
                      value={attendee.attendance}
                      onChange={(event) => change(attendee.id, { attendance: event.target.value as Attendance })}
                    >
                      {attendanceValues.map((value) => (
                        <option key={value} value={value}>
                          {t(`vocab.attendance.${value}`)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    t(`vocab.attendance.${attendee.attendance}`)
                  )}
                </td>
                <td>{editable ? <AttendeeNote attendee={attendee} onSave={(note) => change(attendee.id, { note })} /> : attendee.note}</td>
                {editable && (
                  <td>
                    <button
                      type="button"
                      className="button quiet"
                      aria-label={t('attendance.remove', { name: attendee.name })}
                      onClick={() => attempt(() => chain((base) => meetingRepo.removeAttendee(meeting.id, base, attendee.id)))}
                    >
                      ×
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editable && (
        <AddAttendee
          meeting={meeting}
          partners={partners}
          contacts={contacts}
          onAdd={(attendee) => {
            setAddedId(attendee.id);
            void attempt(() => chain((base) => meetingRepo.addAttendee(meeting.id, base, attendee)));
          }}
        />
      )}
    </Section>
  );
}

/** A note saved on leaving the field; one over its limit is not saved, and says so. */
function AttendeeNote({ attendee, onSave }: { attendee: Attendee; onSave: (note: string) => void }) {
  const { t } = useTranslation('meetings');
  const [error, setError] = useState<string>();
  return (
    <TextField
      hideLabel
      label={`${t('attendance.note')}: ${attendee.name}`}
      limit={limits.role}
      defaultValue={attendee.note}
      error={error}
      onChange={() => setError(undefined)}
      onBlur={(event) => {
        const problem = lengthProblem(event.target.value, limits.role);
        setError(problem);
        if (!problem && event.target.value.trim() !== attendee.note) onSave(event.target.value.trim());
      }}
    />
  );
}

function AddAttendee({ meeting, partners, contacts, onAdd }: AttendanceSectionProps & { onAdd: (attendee: Attendee) => void }) {
  const { t } = useTranslation('meetings');
  const [guestName, setGuestName] = useState('');
  const [guestOrganisation, setGuestOrganisation] = useState('');
  const [guestErrors, setGuestErrors] = useState<{ name?: string; organisation?: string }>({});
  // Partners still in the network, by name: a contact of one that left is added as a guest.
  const partnerChoices = usePartnerChoices(partners);
  // The choices, grouped once per change: each such partner with its contacts not yet listed.
  const groups = useMemo(() => {
    const listed = new Set(meeting.attendees.map((attendee) => attendee.contactId));
    const byPartner = new Map<string, Contact[]>();
    for (const contact of contacts) {
      if (listed.has(contact.id)) continue;
      const group = byPartner.get(contact.partnerId);
      if (group) group.push(contact);
      else byPartner.set(contact.partnerId, [contact]);
    }
    return partnerChoices.map((partner) => ({ partner, contacts: byPartner.get(partner.id) ?? [] }));
  }, [meeting.attendees, partnerChoices, contacts]);
  // A fresh id per person added (made when adding, not on every render).
  const base = () => ({ id: crypto.randomUUID(), attendance: 'present' as const, note: '' });
  return (
    <div className="add-row">
      <label className="field">
        <span className="label">{t('attendance.addContact')}</span>
        <select
          autoComplete="off"
          value=""
          onChange={(event) => {
            const contact = contacts.find((candidate) => candidate.id === event.target.value);
            if (contact) onAdd({ ...base(), partnerId: contact.partnerId, contactId: contact.id, name: contact.name, organisation: '' });
          }}
        >
          <option value="">{t('attendance.chooseContact')}</option>
          {groups.map(({ partner, contacts: choices }) => (
            <optgroup key={partner.id} label={partner.name}>
              {choices.map((contact) => (
                <option key={contact.id} value={contact.id}>
                  {contact.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <form
        autoComplete="off"
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          if (!guestName.trim()) return;
          const problems = { name: lengthProblem(guestName, limits.name), organisation: lengthProblem(guestOrganisation, limits.name) };
          setGuestErrors(problems);
          if (problems.name || problems.organisation) return;
          onAdd({ ...base(), partnerId: null, contactId: null, name: guestName.trim(), organisation: guestOrganisation.trim() });
          setGuestName('');
          setGuestOrganisation('');
        }}
      >
        <TextField
          label={t('attendance.guestName')}
          limit={limits.name}
          value={guestName}
          error={guestErrors.name}
          onChange={(event) => {
            setGuestName(event.target.value);
            setGuestErrors((errors) => ({ ...errors, name: undefined }));
          }}
        />
        <TextField
          label={t('attendance.guestOrganisation')}
          limit={limits.name}
          value={guestOrganisation}
          error={guestErrors.organisation}
          onChange={(event) => {
            setGuestOrganisation(event.target.value);
            setGuestErrors((errors) => ({ ...errors, organisation: undefined }));
          }}
        />
        <button type="submit" className="button" disabled={!guestName.trim()}>
          {t('attendance.addGuest')}
        </button>
      </form>
    </div>
  );
}
