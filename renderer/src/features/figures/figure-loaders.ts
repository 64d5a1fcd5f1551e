/**
 * The sections of the figures page, in order. A section is a loader (figure-section.ts), so a
 * new figure is one more entry here: the page renders whatever this list holds.
 */
import type { FigureSectionLoader } from './figure-section';
import { actionsSection, agreementsSection, meetingsSection } from './network-sections';
import { referralFigures } from './referral-figures';

export const figureSectionLoaders: readonly FigureSectionLoader[] = [meetingsSection, actionsSection, referralFigures, agreementsSection];
