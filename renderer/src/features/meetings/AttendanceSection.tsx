import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attendanceValues, type Attendance, type Attendee, type Meeting } from '../../domain/meeting';
import type { Contact, Partner } from '../../domain/partner';
import { isMinutesEditable } from '../../domain/meeting-lifecycle';
import { lengthProblem, limits } from '../../domain/validation';
import { meetings as meetingRepo } from '../../storage';
import { TextField } from '../../ui/fields';
import { useNotify } from '../../ui/notices';
import { Section } from '../../ui/Section';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { useRevisionChain } from '../../ui/useRevisionChain';

interface AttendanceSectionProps {
  meeting: Meeting;
  partners: Partner[];
  contacts: Contact[];
}

/** Who was invited and who came. Each change is saved at once (notes when leaving the field). */
export function AttendanceSection({ meeting, partners, contacts }: AttendanceSectionProps) {
  const { t } = useTranslation('meetings');
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const editable = isMinutesEditable(meeting.status);
  const organisationOf = (attendee: Attendee) =>
    partners.find((partner) => partner.id === attendee.partnerId)?.name ?? (attendee.organisation || t('attendance.guest'));

  const chain = useRevisionChain(meeting.revision);
  const attempt = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      notify('error', errorMessage(error));
    }
  };
  const change = (attendeeId: string, patch: Partial<Pick<Attendee, 'attendance' | 'note'>>) =>
    attempt(() => chain((base) => meetingRepo.updateAttendee(meeting.id, base, attendeeId, patch)));

  const rows = [...meeting.attendees].sort((a, b) => organisationOf(a).localeCompare(organisationOf(b)) || a.name.localeCompare(b.name));
  return (
    <Section title={t('attendance.title')}>
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
              {editable && <th scope="col"><span className="visually-hidden">{t('attendance.remove', { name: '' })}</span></th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((attendee) => (
              <tr key={attendee.id}>
                <td>{attendee.name}</td>
                <td>{organisationOf(attendee)}</td>
                <td>
                  {editable ? (
                    <select aria-label={`${t('attendance.status')}: ${attendee.name}`} value={attendee.attendance} onChange={(event) => change(attendee.id, { attendance: event.target.value as Attendance })}>
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
                <td>
                  {editable ? (
                    <AttendeeNote attendee={attendee} onSave={(note) => change(attendee.id, { note })} />
                  ) : (
                    attendee.note
                  )}
                </td>
                {editable && (
                  <td>
                    <button type="button" className="button quiet" aria-label={t('attendance.remove', { name: attendee.name })} onClick={() => attempt(() => chain((base) => meetingRepo.removeAttendee(meeting.id, base, attendee.id)))}>
                      ×
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editable && <AddAttendee meeting={meeting} partners={partners} contacts={contacts} onAdd={(attendee) => attempt(() => chain((base) => meetingRepo.addAttendee(meeting.id, base, attendee)))} />}
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
  const listed = new Set(meeting.attendees.map((attendee) => attendee.contactId));
  const livePartners = partners.filter((partner) => partner.deletedAt === null);
  const base = { id: crypto.randomUUID(), attendance: 'present' as const, note: '' };
  return (
    <div className="add-row">
      <label className="field">
        <span className="label">{t('attendance.addContact')}</span>
        <select
          value=""
          onChange={(event) => {
            const contact = contacts.find((candidate) => candidate.id === event.target.value);
            if (contact) onAdd({ ...base, partnerId: contact.partnerId, contactId: contact.id, name: contact.name, organisation: '' });
          }}
        >
          <option value="">{t('attendance.chooseContact')}</option>
          {livePartners.map((partner) => (
            <optgroup key={partner.id} label={partner.name}>
              {contacts
                .filter((contact) => contact.partnerId === partner.id && !listed.has(contact.id))
                .map((contact) => (
                  <option key={contact.id} value={contact.id}>
                    {contact.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </label>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          if (!guestName.trim()) return;
          const problems = { name: lengthProblem(guestName, limits.name), organisation: lengthProblem(guestOrganisation, limits.name) };
          setGuestErrors(problems);
          if (problems.name || problems.organisation) return;
          onAdd({ ...base, partnerId: null, contactId: null, name: guestName.trim(), organisation: guestOrganisation.trim() });
          setGuestName('');
          setGuestOrganisation('');
        }}
      >
        <TextField
          label={t('attendance.guestName')}
          limit={limits.name}
          value={guestName}
          error={guestErrors.name}
          onChange={(event) => { setGuestName(event.target.value); setGuestErrors((errors) => ({ ...errors, name: undefined })); }}
        />
        <TextField
          label={t('attendance.guestOrganisation')}
          limit={limits.name}
          value={guestOrganisation}
          error={guestErrors.organisation}
          onChange={(event) => { setGuestOrganisation(event.target.value); setGuestErrors((errors) => ({ ...errors, organisation: undefined })); }}
        />
        <button type="submit" className="button" disabled={!guestName.trim()}>
          {t('attendance.addGuest')}
        </button>
      </form>
    </div>
  );
}
