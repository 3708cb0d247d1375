import type { DataSource } from 'typeorm';
import type { Role } from '@jobbrygga/domain';
import { hashPassword } from '../auth/secrets';

/**
 * The demo municipalities with fixed ids, so tests and the demo can name rows. Norrtälje (0188)
 * is the demo; Sollentuna (0163) exists to prove tenant isolation. Loading is idempotent: rows
 * that exist are left as they are, so a restart keeps what users changed.
 */
interface DemoTenant {
  code: string;
  name: string;
  slug: string;
  employers: { id: string; name: string; organisationNumber: string; sector: 'private' | 'public' | 'non_profit' }[];
  people: { id: string; local: string; role: Role; name: string; locale?: 'sv' | 'en' | 'ar'; employer?: number; coach?: string }[];
}

const id = (tenant: string, n: number) => `0000${tenant}-0000-4000-8000-${n.toString().padStart(12, '0')}`;

export const DEMO_TENANTS: DemoTenant[] = [
  {
    code: '0188',
    name: 'Norrtälje kommun',
    slug: 'norrtalje',
    employers: [
      { id: id('0188', 101), name: 'Roslagsvården Omsorg AB', organisationNumber: '556000-0183', sector: 'private' as const },
      { id: id('0188', 102), name: 'Norrtälje Bygg & Fastighet AB', organisationNumber: '556001-1180', sector: 'private' as const },
      { id: id('0188', 103), name: 'Café Hamngatan', organisationNumber: '556002-2187', sector: 'private' as const },
    ],
    people: [
      { id: id('0188', 1), local: 'admin', role: 'admin', name: 'Karin Lindqvist' },
      { id: id('0188', 2), local: 'coach', role: 'coach', name: 'Johan Ekström' },
      { id: id('0188', 3), local: 'coach2', role: 'coach', name: 'Sara Nilsson' },
      { id: id('0188', 4), local: 'employer', role: 'employer', name: 'Eva Berg', employer: 0 },
      { id: id('0188', 5), local: 'employer2', role: 'employer', name: 'Ali Demir', employer: 1 },
      { id: id('0188', 6), local: 'employer3', role: 'employer', name: 'Lena Holm', employer: 2 },
      { id: id('0188', 11), local: 'learner', role: 'newcomer', name: 'Amina Hassan', locale: 'ar', coach: id('0188', 2) },
      { id: id('0188', 12), local: 'learner2', role: 'newcomer', name: 'Yonas Tesfaye', coach: id('0188', 2) },
      { id: id('0188', 13), local: 'learner3', role: 'newcomer', name: 'Farid Rahimi', locale: 'en', coach: id('0188', 3) },
      { id: id('0188', 14), local: 'learner4', role: 'newcomer', name: 'Olena Kovalenko', locale: 'en', coach: id('0188', 3) },
    ],
  },
  {
    code: '0163',
    name: 'Sollentuna kommun',
    slug: 'sollentuna',
    employers: [
      { id: id('0163', 101), name: 'Sollentuna Äldreboende AB', organisationNumber: '556000-0167', sector: 'private' as const },
      { id: id('0163', 102), name: 'Edsberg Städ & Service AB', organisationNumber: '556001-1164', sector: 'private' as const },
    ],
    people: [
      { id: id('0163', 1), local: 'admin', role: 'admin', name: 'Maria Sjöberg' },
      { id: id('0163', 2), local: 'coach', role: 'coach', name: 'Erik Lund' },
      { id: id('0163', 3), local: 'coach2', role: 'coach', name: 'Noor Ahmadi' },
      { id: id('0163', 4), local: 'employer', role: 'employer', name: 'Peter Wallin', employer: 0 },
      { id: id('0163', 5), local: 'employer2', role: 'employer', name: 'Hanna Ek', employer: 1 },
      { id: id('0163', 11), local: 'learner', role: 'newcomer', name: 'Samira Osman', locale: 'ar', coach: id('0163', 2) },
      { id: id('0163', 12), local: 'learner2', role: 'newcomer', name: 'Dawit Girma', coach: id('0163', 3) },
    ],
  },
];

/** Ids tests and later steps can name. */
export const DEMO = {
  norrtalje: { code: '0188', admin: id('0188', 1), coach: id('0188', 2), coach2: id('0188', 3), employer: id('0188', 4), learner: id('0188', 11), learner2: id('0188', 12), employerOrg: id('0188', 101) },
  sollentuna: { code: '0163', admin: id('0163', 1), coach: id('0163', 2), employer: id('0163', 4), learner: id('0163', 11), employerOrg: id('0163', 101) },
};

export function demoEmail(slug: string, local: string): string {
  return `${local}@${slug}.example`;
}

export async function seedDemoData(ds: DataSource, password: string, hashMemoryKiB: number, log: (msg: string, fields?: Record<string, unknown>) => void): Promise<void> {
  const existing = new Set<string>((await ds.query(`SELECT id FROM app_user WHERE id = ANY($1::uuid[])`, [DEMO_TENANTS.flatMap((t) => t.people.map((p) => p.id))])).map((r: { id: string }) => r.id));
  const missing = DEMO_TENANTS.flatMap((t) => t.people).filter((p) => !existing.has(p.id));
  // Hash once: every demo account shares the demo password.
  const hash = missing.length ? await hashPassword(password, hashMemoryKiB) : '';
  await ds.transaction(async (m) => {
    for (const t of DEMO_TENANTS) {
      await m.query(`INSERT INTO tenant (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING`, [t.code, t.name]);
      for (const e of t.employers) {
        await m.query(
          `INSERT INTO employer (id, tenant_code, name, organisation_number, sector, status, decided_at) VALUES ($1, $2, $3, $4, $5, 'approved', now())
           ON CONFLICT (id) DO NOTHING`,
          [e.id, t.code, e.name, e.organisationNumber, e.sector],
        );
      }
      // Staff first so newcomers can point at their coach.
      const ordered = [...t.people].sort((a, b) => Number(a.role === 'newcomer') - Number(b.role === 'newcomer'));
      for (const p of ordered) {
        if (existing.has(p.id)) continue;
        await m.query(
          `INSERT INTO app_user (id, tenant_code, email, password_hash, role, display_name, locale, employer_id, coach_id, activated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now()) ON CONFLICT DO NOTHING`,
          [p.id, t.code, demoEmail(t.slug, p.local), hash, p.role, p.name, p.locale ?? 'sv', p.employer !== undefined ? t.employers[p.employer].id : null, p.coach ?? null],
        );
      }
    }
  });
  log('demo data ready', { tenants: DEMO_TENANTS.length, usersCreated: missing.length });
}
