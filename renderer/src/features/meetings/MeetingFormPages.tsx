import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { isoToLocal } from '../../domain/date-time';
import type { Meeting, MeetingInput } from '../../domain/meeting';
import { instantToWallClock, machineTimeZone } from '../../domain/zoned-time';
import { meetings as meetingRepo, useLive } from '../../storage';
import { useNotify } from '../../ui/notices';
import { PageHeading } from '../../ui/PageHeading';
import { StaleNotice, useEditSession } from '../../ui/useEditSession';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { MeetingForm } from './MeetingForm';

function blankMeeting(): MeetingInput {
  // Next full hour, two hours long: a sensible default the coordinator adjusts.
  const start = new Date();
  start.setMinutes(0, 0, 0);
  start.setHours(start.getHours() + 1);
  const end = new Date(start.getTime() + 2 * 60 * 60 * 1000);
  return {
    title: '',
    type: 'network',
    seriesId: '',
    newSeriesName: '',
    // A new meeting is planned on this computer's clock, until the coordinator picks another zone.
    startsAt: isoToLocal(start.toISOString()),
    endsAt: isoToLocal(end.toISOString()),
    timeZone: machineTimeZone(),
    location: '',
    onlineLink: '',
    chair: '',
    minuteTaker: '',
    confidentiality: 'internal',
  };
}

export function MeetingCreatePage() {
  const { t } = useTranslation('meetings');
  const navigate = useNavigate();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  return (
    <>
      <PageHeading title={t('form.createTitle')} />
      <MeetingForm
        initial={blankMeeting()}
        invite
        onCancel={() => navigate('/meetings')}
        onSubmit={async (values, invitedPartnerIds) => {
          try {
            const meeting = await meetingRepo.create(values, {
              invitedPartnerIds,
              mattersArisingTitle: t('form.mattersArising'),
              representativeName: t('form.representative'),
            });
            notify('success', t('form.created', { title: meeting.title }));
            navigate(`/meetings/${meeting.id}`, { replace: true });
          } catch (error) {
            notify('error', errorMessage(error));
          }
        }}
      />
    </>
  );
}

export function MeetingEditPage() {
  const { t } = useTranslation('meetings');
  const { t: tc } = useTranslation();
  const { id = '' } = useParams();
  const bundle = useLive(async () => (await meetingRepo.get(id)) ?? null, [id]);
  if (bundle === undefined) return <p className="muted">{tc('loading')}</p>;
  if (bundle === null) return <PageHeading title={t('detail.notFound')} />;
  return <MeetingEditor key={bundle.meeting.id} meeting={bundle.meeting} />;
}

function MeetingEditor({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings');
  const navigate = useNavigate();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const session = useEditSession(meeting);
  return (
    <>
      <PageHeading title={t('form.editTitle', { title: meeting.title })} windowTitle={t('form.editWindowTitle')} />
      <StaleNotice session={session} />
      <MeetingForm
        key={session.formKey}
        initial={{
          title: meeting.title,
          type: meeting.type,
          seriesId: meeting.seriesId ?? '',
          newSeriesName: '',
          // Its own zone's wall clock, whatever this computer's zone is.
          startsAt: instantToWallClock(meeting.startsAt, meeting.timeZone),
          endsAt: instantToWallClock(meeting.endsAt, meeting.timeZone),
          timeZone: meeting.timeZone,
          location: meeting.location,
          onlineLink: meeting.onlineLink,
          chair: meeting.chair,
          minuteTaker: meeting.minuteTaker,
          confidentiality: meeting.confidentiality,
        }}
        onCancel={() => navigate(`/meetings/${meeting.id}`)}
        onSubmit={async (values) => {
          try {
            await meetingRepo.updateDetails(meeting.id, session.base, values);
            notify('success', t('form.updated', { title: values.title }));
            navigate(`/meetings/${meeting.id}`, { replace: true });
          } catch (error) {
            if (!session.refused(error)) notify('error', errorMessage(error));
          }
        }}
      />
    </>
  );
}
