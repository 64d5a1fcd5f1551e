import { describe, expect, it } from 'vitest';
import { legalBases } from '../../../renderer/src/domain/agreement';
import { homeJurisdiction, legalBasisGroups, orderLegalBases } from '../../../renderer/src/domain/legal-basis-order';

describe('legal bases in the UI language’s jurisdiction first', () => {
  it('German: DSGVO, BDSG and SGB before UK GDPR and DPA 2018', () => {
    const groups = legalBasisGroups(homeJurisdiction('de'));
    expect(groups.map((group) => group.jurisdiction)).toEqual(['de', 'uk']);
    expect(groups[0]!.bases).toEqual(['dsgvo_6_1_c', 'dsgvo_6_1_e', 'dsgvo_9_2_g', 'bdsg_22', 'sgb_x_69']);
  });

  it('English: UK GDPR and DPA 2018 before the German and EU bases', () => {
    const groups = legalBasisGroups(homeJurisdiction('en'));
    expect(groups.map((group) => group.jurisdiction)).toEqual(['uk', 'de']);
    expect(groups[0]!.bases).toEqual(['uk_gdpr_6_1_c', 'uk_gdpr_6_1_e', 'uk_gdpr_9_2_g', 'dpa_2018_sch_1', 'cda_1998_s115']);
  });

  it('offers every basis exactly once in either language', () => {
    for (const language of ['de', 'en'] as const) {
      expect(
        legalBasisGroups(homeJurisdiction(language))
          .flatMap((group) => group.bases)
          .sort(),
      ).toEqual([...legalBases].sort());
    }
  });

  it('shows an agreement’s chosen bases in the same order', () => {
    const chosen = ['uk_gdpr_6_1_e', 'bdsg_22', 'dsgvo_6_1_e'] as const;
    expect(orderLegalBases(chosen, homeJurisdiction('de'))).toEqual(['dsgvo_6_1_e', 'bdsg_22', 'uk_gdpr_6_1_e']);
    expect(orderLegalBases(chosen, homeJurisdiction('en'))).toEqual(['uk_gdpr_6_1_e', 'dsgvo_6_1_e', 'bdsg_22']);
  });
});
