import type { DataSource, EntityManager } from 'typeorm';

const DAY = 24 * 3600 * 1000;
/** Municipalities whose follow-up gets owners, due dates and progress notes over two years (Almelo has its own, seed-follow-up). */
const TIMELINE_MUNICIPALITIES = ['GM0153', 'GM0164', 'GM0147', 'GM0173', 'GM0168'];
/** Municipalities that had a re-scan (seed-scans). */
const RESCAN_MUNICIPALITIES = ['GM0164', 'GM0153'];

const NOTES = [
  'Werkgroep samengesteld met Vergunningen, Handhaving en Juridische Zaken.',
  'Plan van aanpak besproken in het MT; akkoord op de eerste stap.',
  'Eerste uitvoering gestart; knelpunten worden bijgehouden in het zaaksysteem.',
  'Tussenevaluatie: werkwijze werkt, capaciteit blijft een aandachtspunt.',
];
const NOT_ADOPTED_REASONS = [
  'Wordt regionaal opgepakt via het RIEC; geen eigen traject nodig.',
  'Past niet binnen de huidige begroting; heroverweging bij de voorjaarsnota.',
];

interface Rec {
  id: string;
  region_id: string;
  municipality_id: string;
  status: string;
  scan_date: string;
  cbs_code: string;
  title: string;
  reference: string | null;
  scan_id: string;
  facet_id: string;
  priority: string;
}

/**
 * Demo data for learning links, owners' progress and re-scans, written as the owner after the
 * programme and the peer-learning tracks exist:
 * - for five municipalities, two years of follow-up on their recommendations: an owner, a due
 *   date (some passed while still open: overdue), progress notes, and a few not adopted with a reason;
 * - links from recommendations (Almelo's first four included) to activities, sessions and tracks on
 *   their themes;
 * - the re-scans of Hengelo and Enschede made explicit: one recommendation carries over a baseline
 *   one by the analyst's link, others by title; baseline ones left out read as closed; one more new.
 */
export async function seedLearningLinks(db: DataSource): Promise<void> {
  await db.transaction(async (tx) => {
    const recs = await tx.query<Rec[]>(
      `SELECT r.id, r.region_id, r.municipality_id, r.status, to_char(s.scan_date, 'YYYY-MM-DD') AS scan_date,
              m.cbs_code, r.title, r.reference, r.scan_id, r.facet_id, r.priority
         FROM recommendations r JOIN scans s ON s.id = r.scan_id JOIN municipalities m ON m.id = r.municipality_id
        ORDER BY m.cbs_code, r.reference NULLS LAST, r.id`,
    );
    await seedTimelines(
      tx,
      recs.filter((r) => TIMELINE_MUNICIPALITIES.includes(r.cbs_code)),
    );
    await seedLinks(tx, recs);
    for (const code of RESCAN_MUNICIPALITIES) {
      await seedRescan(
        tx,
        recs.filter((r) => r.cbs_code === code),
      );
    }
  });
}

async function peopleOf(tx: EntityManager, municipalityId: string): Promise<string[]> {
  const rows = await tx.query<{ id: string }[]>(
    `SELECT id FROM users WHERE municipality_id = $1 AND role IN ('MUNICIPAL_COORDINATOR', 'PARTICIPANT') ORDER BY email`,
    [municipalityId],
  );
  return rows.map((r) => r.id);
}

async function seedTimelines(tx: EntityManager, recs: Rec[]): Promise<void> {
  const isoDate = (d: Date) => d.toISOString().slice(0, 10);
  const ago = (days: number) => new Date(Date.now() - days * DAY);
  for (const [index, rec] of recs.entries()) {
    const people = await peopleOf(tx, rec.municipality_id);
    const actor = people[0] ?? null;
    const owner = people[index % Math.max(people.length, 1)] ?? null;
    const event = (at: Date, columns: Record<string, unknown>) => {
      const names = Object.keys(columns);
      return tx.query(
        `INSERT INTO recommendation_events (recommendation_id, region_id, municipality_id, actor_user_id, at, ${names.join(', ')})
         VALUES ($1, $2, $3, $4, $5, ${names.map((_, i) => `$${i + 6}`).join(', ')})`,
        [rec.id, rec.region_id, rec.municipality_id, actor, at, ...Object.values(columns)],
      );
    };
    // Spread over two years: the owner and due date come first, notes every few months after.
    const start = 700 - (index % 5) * 40;
    // Every fifth is overdue now (due date passed, still open or in progress), the others later.
    const overdue = index % 5 === 1 && (rec.status === 'OPEN' || rec.status === 'IN_PROGRESS');
    const due = overdue ? isoDate(ago(15 + (index % 3) * 30)) : isoDate(ago(-(60 + (index % 7) * 45)));
    if (owner) {
      await event(ago(start), { kind: 'OWNER', from_owner_user_id: null, to_owner_user_id: owner });
    }
    await event(ago(start), { kind: 'DUE_DATE', from_due_date: null, to_due_date: due });
    for (let n = 0; n < 1 + (index % 3); n += 1) {
      await event(ago(start - 90 - n * 150), {
        kind: 'PROGRESS',
        note: NOTES[(index + n) % NOTES.length],
        links: n === 0 ? [`https://intranet.${rec.cbs_code.toLowerCase()}.example/zaak/${index + 100}`] : [],
      });
    }
    let status = rec.status;
    // One in seven of the open ones was decided not to be adopted, with a reason.
    if (rec.status === 'OPEN' && index % 7 === 3) {
      const reason = NOT_ADOPTED_REASONS[index % NOT_ADOPTED_REASONS.length]!;
      await event(ago(start - 200), { kind: 'STATUS', from_status: 'OPEN', to_status: 'NOT_ADOPTED', reason });
      status = 'NOT_ADOPTED';
      await tx.query(`UPDATE recommendations SET status_reason = $2, status_changed_at = $3 WHERE id = $1`, [
        rec.id,
        reason,
        ago(start - 200),
      ]);
    }
    await tx.query(
      `UPDATE recommendations SET status = $2, owner_user_id = $3, due_date = $4, version = version + 1 WHERE id = $1`,
      [rec.id, status, owner, due],
    );
  }
}

/** Each recommendation with a theme, one in three: links to an activity, its latest session and a track on that theme. */
async function seedLinks(tx: EntityManager, recs: Rec[]): Promise<void> {
  const targets = await tx.query<
    {
      rec_id: string;
      region_id: string;
      municipality_id: string;
      activity_id: string | null;
      session_id: string | null;
      track_id: string | null;
    }[]
  >(
    `SELECT r.id AS rec_id, r.region_id, r.municipality_id,
            (SELECT at.activity_id FROM activity_themes at WHERE at.theme_id = rt.theme_id ORDER BY at.activity_id LIMIT 1) AS activity_id,
            (SELECT s.id FROM sessions s JOIN activity_themes at ON at.activity_id = s.activity_id
              WHERE at.theme_id = rt.theme_id AND s.status IN ('OPEN', 'FULL', 'COMPLETED') AND s.starts_at < now()
              ORDER BY s.starts_at DESC LIMIT 1) AS session_id,
            (SELECT ptt.track_id FROM peer_track_themes ptt WHERE ptt.theme_id = rt.theme_id ORDER BY ptt.track_id LIMIT 1) AS track_id
       FROM recommendations r
       JOIN LATERAL (SELECT theme_id FROM recommendation_themes WHERE recommendation_id = r.id ORDER BY theme_id LIMIT 1) rt ON true
      WHERE r.id = ANY($1)`,
    [recs.filter((_, i) => i % 3 === 0).map((r) => r.id)],
  );
  for (const t of targets) {
    const creator = (await peopleOf(tx, t.municipality_id))[0] ?? null;
    for (const [kind, column, id] of [
      ['ACTIVITY', 'activity_id', t.activity_id],
      ['SESSION', 'session_id', t.session_id],
      ['TRACK', 'track_id', t.track_id],
    ] as const) {
      if (!id) {
        continue;
      }
      const at = new Date(Date.now() - 200 * DAY);
      await tx.query(
        `INSERT INTO recommendation_learning_links (recommendation_id, region_id, municipality_id, ${column}, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [t.rec_id, t.region_id, t.municipality_id, id, creator, at],
      );
      await tx.query(
        `INSERT INTO recommendation_events (recommendation_id, region_id, municipality_id, actor_user_id, at, kind,
                                            learning_kind, learning_id, learning_title)
         SELECT $1, $2, $3, $4, $5, 'LINK', $6, $7,
                coalesce((SELECT title FROM learning_activities WHERE id = $7),
                         (SELECT a.title FROM sessions s JOIN learning_activities a ON a.id = s.activity_id WHERE s.id = $7),
                         (SELECT title FROM peer_tracks WHERE id = $7))`,
        [t.rec_id, t.region_id, t.municipality_id, creator, at, kind, id],
      );
    }
  }
}

/**
 * The re-scan of 2024 (seed-scans) made explicit: its first recommendation carries over a baseline
 * recommendation on the same facet by the analyst's link (reworded, so a title match would miss
 * it); the others match by title or are new; and one more new recommendation. Baseline
 * recommendations the re-scan does not carry over read as closed.
 */
async function seedRescan(tx: EntityManager, recs: Rec[]): Promise<void> {
  const [rescan] = await tx.query<{ id: string }[]>(
    `SELECT s.id FROM scans s WHERE s.kind = 'RESCAN' AND s.municipality_id = $1 ORDER BY s.scan_date DESC LIMIT 1`,
    [recs[0]?.municipality_id ?? null],
  );
  if (!rescan) {
    return;
  }
  const later = recs
    .filter((r) => r.scan_id === rescan.id)
    .sort((a, b) => (a.reference ?? '').localeCompare(b.reference ?? ''));
  const earlier = recs.filter((r) => r.scan_id !== rescan.id);
  const first = later[0];
  const carried = first && earlier.find((r) => r.facet_id === first.facet_id && r.title !== first.title);
  if (first && carried) {
    await tx.query(`UPDATE recommendations SET carried_over_from_id = $2 WHERE id = $1`, [first.id, carried.id]);
  }
  if (first) {
    await tx.query(
      `INSERT INTO recommendations (region_id, municipality_id, scan_id, reference, title, body, facet_id, priority)
       VALUES ($1, $2, $3, 'H04', 'Weerbaarheid van raadsleden vergroten', 'Nieuw in de herscan.', $4, 'P2')`,
      [first.region_id, first.municipality_id, rescan.id, first.facet_id],
    );
  }
}
