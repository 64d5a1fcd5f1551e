import { afterEach, describe, expect, it } from 'vitest';
import { blankPartnerInput } from '../../../renderer/src/domain/partner';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { createPartnerRepository } from '../../../renderer/src/storage/repositories/partners';
import { freshDb } from './storage-helpers';

let db: RoundtableDb;
afterEach(async () => db?.delete());

describe('partners by id (what a risk picture names)', () => {
  it('reads the partners asked for, archived ones too, and leaves out ids that do not exist', async () => {
    db = freshDb();
    const repo = createPartnerRepository(db, () => new Date('2026-03-01T10:00:00.000Z'));
    const school = await repo.create({ ...blankPartnerInput(), name: 'Gesamtschule Nord', sector: 'school' });
    const police = await repo.create({ ...blankPartnerInput(), name: 'Polizei Nordstadt', sector: 'police' });
    await repo.create({ ...blankPartnerInput(), name: 'Jugendamt', sector: 'local_government' });
    await repo.archive(police.id, police.revision);
    const found = await repo.getMany([school.id, police.id, 'missing']);
    expect(found.map((partner) => partner.name).sort()).toEqual(['Gesamtschule Nord', 'Polizei Nordstadt']);
  });
});
