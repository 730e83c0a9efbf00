import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reference data, not demo data: the Twente region and its 14 municipalities with their CBS codes. */
export const TWENTE_MUNICIPALITIES: readonly [name: string, code: string][] = [
  ['Almelo', 'GM0141'],
  ['Borne', 'GM0147'],
  ['Dinkelland', 'GM1774'],
  ['Enschede', 'GM0153'],
  ['Haaksbergen', 'GM0158'],
  ['Hellendoorn', 'GM0163'],
  ['Hengelo', 'GM0164'],
  ['Hof van Twente', 'GM1735'],
  ['Losser', 'GM0168'],
  ['Oldenzaal', 'GM0173'],
  ['Rijssen-Holten', 'GM1742'],
  ['Tubbergen', 'GM0183'],
  ['Twenterand', 'GM1700'],
  ['Wierden', 'GM0189'],
];

export class TwenteRegion1764300000100 implements MigrationInterface {
  name = 'TwenteRegion1764300000100';

  async up(q: QueryRunner): Promise<void> {
    const [region] = (await q.query(`INSERT INTO regions (name) VALUES ('Twente') RETURNING id`)) as { id: string }[];
    for (const [name, code] of TWENTE_MUNICIPALITIES) {
      await q.query(`INSERT INTO municipalities (region_id, name, cbs_code) VALUES ($1, $2, $3)`, [
        region!.id,
        name,
        code,
      ]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM municipalities WHERE cbs_code = ANY($1)`, [
      TWENTE_MUNICIPALITIES.map(([, code]) => code),
    ]);
    await q.query(`DELETE FROM regions WHERE name = 'Twente'`);
  }
}
