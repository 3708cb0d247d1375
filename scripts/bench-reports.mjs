// Report benchmark (issue 7): 100,000 placements and 1,000,000 pipeline events in one municipality,
// generated with a fixed seed in PostgreSQL, then p50/p95 of GET /api/reports/dashboard (a year) through
// the API, cold and warm, and of the CSV/XLSX/PDF exports of the same period.
import pg from 'pg';
import os from 'node:os';

const TENANT = '0188';
const PLACEMENTS = 100_000;
const EVENTS = 1_000_000;
const LEARNERS_MIN = 20_000;

const load = () => os.loadavg().map((x) => x.toFixed(2)).join(', ');
const note = (m) => process.stderr.write(`[bench reports] ${m}\n`);

/** Tops the municipality up to LEARNERS_MIN learners, PLACEMENTS placements and EVENTS referral events (fixed seed). */
export async function generate(db) {
  const t0 = performance.now();
  await db.query('BEGIN');
  await db.query(`SELECT setseed(0.7188)`);
  const { rows: [{ n: haveLearners }] } = await db.query(`SELECT count(*)::int AS n FROM learner WHERE tenant_code = $1`, [TENANT]);
  if (haveLearners < LEARNERS_MIN) {
    await db.query(
      `INSERT INTO learner (tenant_code, first_name, last_name, gender, birth_year, created_at, updated_at)
       SELECT $1, 'Bench', 'Learner ' || i, (ARRAY['female', 'male', 'male', 'female', 'other', 'unknown'])[1 + (i % 6)], 1960 + (i % 45),
              now() - (random() * 900 || ' days')::interval, now()
         FROM generate_series(1, $2::int) i`,
      [TENANT, LEARNERS_MIN - haveLearners],
    );
  }
  const { rows: [{ n: havePlacements }] } = await db.query(`SELECT count(*)::int AS n FROM placement WHERE tenant_code = $1`, [TENANT]);
  if (havePlacements < PLACEMENTS) {
    // Copies of the municipality's own placements (numbered once in a temp table), spread over two years of start dates.
    await db.query(
      `CREATE TEMP TABLE bench_templates AS
       SELECT *, row_number() OVER (ORDER BY id) - 1 AS n FROM placement WHERE tenant_code = $1 AND kind = 'placement'`,
      [TENANT],
    );
    await db.query(
      `INSERT INTO placement (tenant_code, employer_id, type_id, kind, title, ssyk_code, hours_per_week, start_date, end_date, seats, status, site_id, supervisor_id)
       SELECT p.tenant_code, p.employer_id, p.type_id, p.kind, p.title, p.ssyk_code, p.hours_per_week, d.start, d.start + 60, p.seats,
              (ARRAY['open', 'filled', 'closed', 'open'])[1 + (i % 4)], p.site_id, p.supervisor_id
         FROM generate_series(1, $1::int) i
         JOIN bench_templates p ON p.n = i % (SELECT count(*) FROM bench_templates)
         CROSS JOIN LATERAL (SELECT (current_date - 700 + (random() * 760)::int) AS start) d`,
      [PLACEMENTS - havePlacements],
    );
  }
  const { rows: [{ n: haveEvents }] } = await db.query(`SELECT count(*)::int AS n FROM referral_event e JOIN referral r ON r.id = e.referral_id WHERE r.tenant_code = $1`, [TENANT]);
  let referrals = 0;
  if (haveEvents < EVENTS) {
    // Every referral has a closed history of 1–8 events; states and dates follow from a random depth.
    referrals = Math.ceil((EVENTS - haveEvents) / 4.5);
    await db.query(`CREATE TEMP TABLE bench_learners AS SELECT id, row_number() OVER (ORDER BY id) AS n FROM learner WHERE tenant_code = $1`, [TENANT]);
    await db.query(`CREATE TEMP TABLE bench_placements AS SELECT id, row_number() OVER (ORDER BY id) AS n FROM placement WHERE tenant_code = $1`, [TENANT]);
    const { rows: [{ l, p }] } = await db.query(`SELECT (SELECT count(*) FROM bench_learners)::int AS l, (SELECT count(*) FROM bench_placements)::int AS p`);
    await db.query(
      `CREATE TEMP TABLE bench_ref AS
       SELECT gen_random_uuid() AS id, bl.id AS learner_id, bp.id AS placement_id, depth, created
         FROM (SELECT i, 1 + floor(random() * 8)::int AS depth, now() - (random() * 720 || ' days')::interval AS created,
                      1 + floor(random() * $1)::int AS li, 1 + floor(random() * $2)::int AS pi
                 FROM generate_series(1, $3::int) i) g
         JOIN bench_learners bl ON bl.n = g.li JOIN bench_placements bp ON bp.n = g.pi`,
      [l, p, referrals],
    );
    // depth: 1 proposed→declined, 2 accepted→employer declined, 3 interview, 4 agreed→withdrawn … 6 started, 7 ended, 8 outcome.
    await db.query(
      `INSERT INTO referral (id, tenant_code, learner_id, placement_id, state, learner_accepted_at, interview_at, started_on, ended_on, end_kind, outcome, outcome_recorded_at, created_at, updated_at)
       SELECT id, $1, learner_id, placement_id,
              CASE depth WHEN 1 THEN 'learner_declined' WHEN 2 THEN 'employer_declined' WHEN 3 THEN 'withdrawn' WHEN 4 THEN 'withdrawn' WHEN 5 THEN 'withdrawn'
                         WHEN 6 THEN 'ended' WHEN 7 THEN 'ended' ELSE 'closed' END,
              CASE WHEN depth >= 2 THEN created + interval '2 days' END,
              CASE WHEN depth >= 3 THEN created + interval '9 days' END,
              CASE WHEN depth >= 6 THEN (created + interval '20 days')::date END,
              CASE WHEN depth >= 6 THEN (created + interval '80 days')::date END,
              CASE WHEN depth >= 6 THEN (CASE WHEN random() < 0.8 THEN 'completed' ELSE 'aborted' END) END,
              CASE WHEN depth >= 8 THEN (ARRAY['work', 'studies', 'other_measure', 'neither'])[1 + floor(random() * 4)::int] END,
              CASE WHEN depth >= 8 THEN created + interval '175 days' END,
              created, created
         FROM bench_ref`,
      [TENANT],
    );
    await db.query(
      `INSERT INTO referral_event (referral_id, from_state, to_state, action, actor_role, at)
       SELECT r.id, NULL, 'step' || s, 'bench', 'coach', r.created + (s || ' days')::interval
         FROM bench_ref r CROSS JOIN LATERAL generate_series(1, r.depth) s`,
    );
  }
  await db.query('COMMIT');
  // What autovacuum does on a live database; index-only scans need the visibility map.
  await db.query('VACUUM ANALYZE referral, referral_event, placement, learner');
  const { rows: [c] } = await db.query(
    `SELECT (SELECT count(*) FROM placement WHERE tenant_code = $1)::int AS placements, (SELECT count(*) FROM referral WHERE tenant_code = $1)::int AS referrals,
            (SELECT count(*) FROM referral_event e JOIN referral r ON r.id = e.referral_id WHERE r.tenant_code = $1)::int AS events,
            (SELECT count(*) FROM learner WHERE tenant_code = $1)::int AS learners`,
    [TENANT],
  );
  return { ...c, seconds: (performance.now() - t0) / 1000, generatedReferrals: referrals };
}

export async function runReportsBench(ctx) {
  const { base, runtime, measure } = ctx;
  const out = ['## Reports at scale: the dashboard\n', `Load average (1, 5, 15 min) when this part started: ${load()} (${os.cpus().length} CPUs).\n`];
  const db = new pg.Client({ connectionString: runtime.databaseUrl });
  await db.connect();
  try {
    note('generating placements, referrals and events');
    const g = await generate(db);
    out.push(`${TENANT} now has ${g.placements.toLocaleString('en')} placements, ${g.referrals.toLocaleString('en')} referrals with ${g.events.toLocaleString('en')} pipeline events ` +
      `and ${g.learners.toLocaleString('en')} learners (fixed seed, generated in ${g.seconds.toFixed(1)} s).\n`);
    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@norrtalje.example', password: 'jobbrygga-demo' }) });
    const token = (await login.json()).accessToken;
    const get = async (p) => {
      const r = await fetch(base + p, { headers: { authorization: `Bearer ${token}` } });
      if (!r.ok) throw new Error(`${p} answered ${r.status}`);
      await r.arrayBuffer();
    };
    const year = new Date().getFullYear();
    const periods = [
      [`calendar year ${year}`, `from=${year}-01-01&to=${year}-12-31`],
      ['two years', `from=${year - 1}-01-01&to=${year}-12-31`],
    ];
    const rows = [];
    // The generator's inserts marked every month dirty: the first report recomputes the whole summary.
    const t = performance.now();
    await get(`/api/reports/dashboard?${periods[0][1]}`);
    out.push(`First dashboard after generating (recomputes the started-placements summary for every month): ${(performance.now() - t).toFixed(0)} ms.\n`);
    await db.query('ANALYZE report_start_day, report_start_month');
    for (const [label, q] of periods) {
      rows.push({ ...(await measure(`GET /api/reports/dashboard (${label})`, () => get(`/api/reports/dashboard?${q}`), { total: 60, maxSeconds: 60 })) });
      rows.push({ ...(await measure(`GET /api/reports/dashboard (${label}), 4 clients`, () => get(`/api/reports/dashboard?${q}`), { total: 60, concurrency: 4, maxSeconds: 60 })) });
    }
    // Each request follows a write that moves a placement's start date by a day (timed together): the report recomputes that month (or two) first.
    const { rows: starts } = await db.query(
      `SELECT id FROM referral WHERE tenant_code = $1 AND started_on BETWEEN $2::date AND $3::date ORDER BY id LIMIT 60`,
      [TENANT, `${year}-01-01`, `${year}-12-31`],
    );
    let k = 0;
    rows.push(await measure(`GET /api/reports/dashboard (calendar year ${year}) right after a start date changed`, async () => {
      await db.query(`UPDATE referral SET started_on = started_on + (CASE WHEN $2 THEN 1 ELSE -1 END) WHERE id = $1`, [starts[k % starts.length].id, k++ % 2 === 0]);
      await get(`/api/reports/dashboard?${periods[0][1]}`);
    }, { total: 40, maxSeconds: 60 }));
    for (const f of ['csv', 'xlsx', 'pdf']) rows.push(await measure(`GET /api/reports/export?format=${f} (calendar year)`, () => get(`/api/reports/export?format=${f}&${periods[0][1]}`), { total: 20, maxSeconds: 60 }));
    rows.push(await measure('GET /api/targets (progress of every current target)', () => get('/api/targets'), { total: 60, maxSeconds: 60 }));
    out.push('| request | clients | n | p50 ms | p95 ms | req/s |\n| --- | --- | --- | --- | --- | --- |');
    for (const r of rows) out.push(`| ${r.name} | ${r.concurrency} | ${r.n} | ${r.p50} | ${r.p95} | ${r.perSecond} |`);
    out.push('\nAim: p95 of the dashboard ≤ 200 ms.');
  } finally {
    await db.end();
  }
  return out.join('\n');
}
