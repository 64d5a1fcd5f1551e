/** Every renderer namespace, bundled: the app works offline and never fetches locales. */
import enCommon from '../../../locales/en/common.json';
import enValidation from '../../../locales/en/validation.json';
import enPartners from '../../../locales/en/partners.json';
import enOverview from '../../../locales/en/overview.json';
import enSettings from '../../../locales/en/settings.json';
import enMeetings from '../../../locales/en/meetings.json';
import enReferrals from '../../../locales/en/referrals.json';
import enAgreements from '../../../locales/en/agreements.json';
import enErrors from '../../../locales/en/errors.json';
import enSession from '../../../locales/en/session.json';
import enRiskPicture from '../../../locales/en/riskPicture.json';
import enFigures from '../../../locales/en/figures.json';
import enDataProtection from '../../../locales/en/dataProtection.json';
import enRetention from '../../../locales/en/retention.json';
import deCommon from '../../../locales/de/common.json';
import deValidation from '../../../locales/de/validation.json';
import dePartners from '../../../locales/de/partners.json';
import deOverview from '../../../locales/de/overview.json';
import deSettings from '../../../locales/de/settings.json';
import deMeetings from '../../../locales/de/meetings.json';
import deReferrals from '../../../locales/de/referrals.json';
import deAgreements from '../../../locales/de/agreements.json';
import deErrors from '../../../locales/de/errors.json';
import deSession from '../../../locales/de/session.json';
import deRiskPicture from '../../../locales/de/riskPicture.json';
import deFigures from '../../../locales/de/figures.json';
import deDataProtection from '../../../locales/de/dataProtection.json';
import deRetention from '../../../locales/de/retention.json';

export const resources = {
  en: {
    common: enCommon,
    validation: enValidation,
    partners: enPartners,
    overview: enOverview,
    settings: enSettings,
    meetings: enMeetings,
    referrals: enReferrals,
    agreements: enAgreements,
    errors: enErrors,
    session: enSession,
    riskPicture: enRiskPicture,
    figures: enFigures,
    dataProtection: enDataProtection,
    retention: enRetention,
  },
  de: {
    common: deCommon,
    validation: deValidation,
    partners: dePartners,
    overview: deOverview,
    settings: deSettings,
    meetings: deMeetings,
    referrals: deReferrals,
    agreements: deAgreements,
    errors: deErrors,
    session: deSession,
    riskPicture: deRiskPicture,
    figures: deFigures,
    dataProtection: deDataProtection,
    retention: deRetention,
  },
} as const;

export const namespaces = Object.keys(resources.en) as (keyof (typeof resources)['en'])[];
