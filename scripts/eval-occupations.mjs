#!/usr/bin/env node
// `npm run eval:occupations`: how well GET /api/reference/occupations finds the right SSYK group
// for job titles that appear nowhere in the data it searches.
//
// A random fifth (fixed seed) of the occupation names (Swedish job titles), of the ESCO
// occupations (English and Swedish labels) and of the product's everyday words
// (occupation-translations.json) is held out; the ranker the API uses
// (apps/api/src/reference/lexical/occupation-ranker.ts, in process, the same code) is built
// from the other four fifths plus group names, descriptions and related skills, minus any label
// spelled like a held-out one. Then it is asked for every held-out label:
//   Swedish: a held-out occupation name → its SSYK group;
//   English: a held-out ESCO occupation's English label → a group Sweden's mapping links it to
//            (ESCO → occupation name → ssyk_code, all relations; the ISCO code is not used);
//   everyday words (sv, en, ar) → their group;
// as written, with one generated typo, in plural form, and (Swedish) without å/ä/ö. Held-out
// labels spelled like an SSYK group name are no test and are skipped.
// Prints top-1 and top-3 accuracy per set and variant, pooled per language, and latency per
// query. --strict also drops the held-out occupation names' ESCO mapping links (by default only
// their text leaves the data; the name → group link stays, as the classification structure).
//
//   node scripts/eval-occupations.mjs [--seed N] [--fold K] [--strict] [--show N] [--ceiling] [--no-build]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
};
const SEED = arg('seed', 20250607);
const FOLD = arg('fold', 0); // which fifth is held out (0–4)
const SHOW = arg('show', 0); // print this many misses per set

if (!args.includes('--no-build')) {
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-b', 'apps/api'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}
const require = createRequire(import.meta.url);
const dist = (p) => require(path.join(root, 'apps/api/dist', p));
const { SOURCE_FILES, buildReferenceTables } = dist('reference/reference-sources.js');
const { rankingRowsFromTables } = dist('reference/lexical/reference-rows.js');
const { OccupationRanker, titleAlternatives } = dist('reference/lexical/occupation-ranker.js');
const { words } = dist('reference/lexical/text.js');
const { occupationLexicon } = dist('placements/occupation-lexicon.js');

// ---- seeded randomness (mulberry32)
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(SEED);
const pick = (list) => list[Math.floor(random() * list.length)];
/** A stable fifth (0–4) per key, from the seed: each key lands in one fold. */
function foldOf(key) {
  let h = SEED >>> 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 2654435761) >>> 0;
  return Math.floor(rng(h)() * 5);
}

// ---- data, exactly as the loader turns the files into rows
const dataDir = path.join(root, 'apps/api/data/reference');
const texts = Object.fromEntries(Object.entries(SOURCE_FILES).map(([name, file]) => [name, fs.readFileSync(path.join(dataDir, file), 'utf8')]));
const full = rankingRowsFromTables(buildReferenceTables(texts));
const translations = occupationLexicon(path.join(root, 'apps/api/data/occupation-translations.json'));
const norm = (t) => words(t).join(' ');

const groupOfName = new Map(full.occupationNames.map((n) => [n.concept_id, n.ssyk_code]));
const escoGroups = new Map();
for (const m of full.escoOccupationMapping) {
  const code = groupOfName.get(m.occupation_name_concept_id);
  if (!code) continue;
  if (!escoGroups.has(m.esco_uri)) escoGroups.set(m.esco_uri, new Set());
  escoGroups.get(m.esco_uri).add(code);
}

const heldNames = full.occupationNames.filter((n) => foldOf(`name:${n.concept_id}`) === FOLD);
const heldEsco = full.escoOccupations.filter((e) => e.type === 'occupation' && escoGroups.has(e.uri) && foldOf(`esco:${e.uri}`) === FOLD);
const heldNameIds = new Set(heldNames.map((n) => n.concept_id));
const heldEscoUris = new Set(heldEsco.map((e) => e.uri));
// Every spelling of a held-out label (and of each alternative in "A/B" titles) leaves the data.
const heldTexts = new Set();
for (const n of heldNames) for (const t of [n.name_sv, ...titleAlternatives(n.name_sv)]) heldTexts.add(norm(t));
for (const e of heldEsco) for (const t of [e.label_sv, e.label_en, ...titleAlternatives(e.label_sv), ...titleAlternatives(e.label_en)]) heldTexts.add(norm(t));
const isHeld = (t) => titleAlternatives(t).some((a) => heldTexts.has(norm(a))) || heldTexts.has(norm(t));

// Default: the held-out labels' texts leave the data, the classification links stay (a held-out
// occupation name still carries its SSYK code, so ESCO occupations mapped to it reach the group).
// --strict: held-out occupation names leave entirely, with the ESCO links through them.
const STRICT = args.includes('--strict');
const train = {
  ...full,
  occupationNames: full.occupationNames
    .filter((n) => !(STRICT && heldNameIds.has(n.concept_id)))
    .map((n) => (heldNameIds.has(n.concept_id) || isHeld(n.name_sv) ? { ...n, name_sv: '' } : n)),
  escoOccupations: full.escoOccupations
    .filter((e) => !heldEscoUris.has(e.uri))
    .map((e) => ({ ...e, label_sv: isHeld(e.label_sv) ? '' : e.label_sv, label_en: isHeld(e.label_en) ? '' : e.label_en })),
};
// The product's own everyday words (occupation-translations.json): a fifth of them held out too.
const heldWords = [];
const keepWord = (code, lang, word) => {
  if (foldOf(`word:${code}:${lang}:${word}`) === FOLD) {
    heldWords.push({ code, lang, word });
    return false;
  }
  return !isHeld(word);
};
const trainTranslations = new Map(
  [...translations].map(([code, t]) => [
    code,
    {
      sv: keepWord(code, 'sv', t.sv) ? t.sv : '',
      svSynonyms: t.svSynonyms.filter((w) => keepWord(code, 'sv', w)),
      en: t.en.filter((w) => keepWord(code, 'en', w)),
      ar: t.ar.filter((w) => keepWord(code, 'ar', w)),
    },
  ]),
);
// A held-out everyday word spelled like a word still in the data is no test: it leaves the queries.
const remainingWords = new Set([
  ...[...trainTranslations.values()].flatMap((t) => [t.sv, ...t.svSynonyms, ...t.en, ...t.ar]).map(norm),
  ...train.occupationNames.map((n) => norm(n.name_sv)),
  ...train.escoOccupations.flatMap((e) => [norm(e.label_sv), norm(e.label_en)]),
]);
const everyday = (lang) => heldWords.filter((w) => w.lang === lang && !remainingWords.has(norm(w.word)) && !groupNames.has(norm(w.word))).map((w) => ({ q: w.word, expect: new Set([w.code]) }));
const groupNames = new Set(full.ssykGroups.map((g) => norm(g.name_sv)));

const t0 = performance.now();
// RANKER_OPTIONS='{"wordModel":0.4}' tries other weights (for tuning; the API uses the defaults).
const ranker = new OccupationRanker(train, trainTranslations, JSON.parse(process.env.RANKER_OPTIONS ?? '{}'));
const buildMs = performance.now() - t0;

// ---- variants of a query
const NEIGHBOURS = 'qwertyuiopåasdfghjklöäzxcvbnm';
function typo(text) {
  const ws = text.split(/(\s+|,|\/)/);
  const candidates = ws.map((w, i) => [w, i]).filter(([w]) => /^\p{L}{5,}$/u.test(w));
  if (candidates.length === 0) return null;
  const [w, i] = pick(candidates);
  const p = 1 + Math.floor(random() * (w.length - 2));
  const kind = Math.floor(random() * 4);
  let out;
  if (kind === 0) out = w.slice(0, p) + w.slice(p + 1); // a letter left out
  else if (kind === 1) out = w.slice(0, p) + w[p + 1] + w[p] + w.slice(p + 2); // two letters swapped
  else if (kind === 2) {
    const k = NEIGHBOURS.indexOf(w[p].toLowerCase());
    const c = k >= 0 ? NEIGHBOURS[Math.min(NEIGHBOURS.length - 1, k + (random() < 0.5 ? -1 : 1))] : 'e';
    out = w.slice(0, p) + c + w.slice(p + 1); // a neighbouring key
  } else out = w.slice(0, p) + w[p] + w.slice(p); // a letter doubled
  if (out === w) return null;
  ws[i] = out;
  return ws.join('');
}
/** Swedish plural of the title's head word (the first word; "Lärare, gymnasiet" stays). */
function pluralSv(text) {
  const m = /^(\p{L}+)(.*)$/u.exec(text);
  if (!m) return null;
  const [, w, rest] = m;
  const lw = w.toLowerCase();
  let p;
  if (/(are|er|are|iker|ör|är)$/.test(lw) && /(are|iker)$/.test(lw)) return null; // lärare, tekniker: same in plural
  if (/a$/.test(lw)) p = `${w.slice(0, -1)}or`;
  else if (/(ör|är|ist|ent|ant|log|graf|ör|nom|ad|ik|ut|ös|ör)$/.test(lw)) p = `${w}er`;
  else if (/e$/.test(lw)) p = `${w.slice(0, -1)}ar`;
  else if (/er$/.test(lw)) return null;
  else p = `${w}ar`;
  return p + rest;
}
/** English plural of the head noun (the last word before a comma, "of", "in" or "/"). */
function pluralEn(text) {
  const m = /^(.*?)(\p{L}+)((?:,| of | in | for |\/).*)?$/u.exec(text);
  if (!m) return null;
  const [, before, w, rest = ''] = m;
  let p;
  if (/(s|x|ch|sh)$/.test(w)) p = `${w}es`;
  else if (/[^aeiou]y$/.test(w)) p = `${w.slice(0, -1)}ies`;
  else p = `${w}s`;
  return before + p + rest;
}
const noDiacritics = (t) => {
  const out = t.normalize('NFD').replace(/\p{M}/gu, '');
  return out === t ? null : out;
};

const sets = [
  {
    lang: 'sv',
    name: 'Swedish: held-out occupation names',
    items: heldNames.filter((n) => !groupNames.has(norm(n.name_sv))).map((n) => ({ q: n.name_sv, expect: new Set([n.ssyk_code]) })),
    variants: { 'as written': (q) => q, typo, plural: pluralSv, 'no å/ä/ö': noDiacritics },
  },
  {
    lang: 'en',
    name: 'English: held-out ESCO labels',
    items: heldEsco.map((e) => ({ q: e.label_en, expect: escoGroups.get(e.uri) })),
    variants: { 'as written': (q) => q, typo, plural: pluralEn },
  },
  {
    lang: 'sv',
    name: "Everyday words (the product's translations), Swedish",
    items: everyday('sv'),
    variants: { 'as written': (q) => q, typo, plural: pluralSv, 'no å/ä/ö': noDiacritics },
  },
  {
    lang: 'en',
    name: "Everyday words (the product's translations), English",
    items: everyday('en'),
    variants: { 'as written': (q) => q, typo, plural: pluralEn },
  },
  {
    lang: 'ar',
    name: "Everyday words (the product's translations), Arabic",
    items: everyday('ar'),
    variants: { 'as written': (q) => q },
  },
  {
    lang: 'sv',
    name: 'Swedish: held-out ESCO Swedish labels',
    items: heldEsco.filter((e) => !groupNames.has(norm(e.label_sv))).map((e) => ({ q: e.label_sv, expect: escoGroups.get(e.uri) })),
    variants: { 'as written': (q) => q, typo },
  },
];

// --ceiling: how many held-out titles share no term at all (stem, compound part, typo
// correction, translation) with any text of their group, and how far down the list the right
// group is. No ranking can put such a title's group in the top three except by chance.
if (args.includes('--ceiling')) {
  const vocabulary = ranker.groupVocabulary();
  console.log(`\nceiling (as written): share of held-out titles whose group's texts use none of their terms, and where the right group ranks`);
  console.log(`${'set'.padEnd(52)} ${'queries'.padStart(7)}  no term  top-3  4–10  11–30  lower`);
  for (const set of sets) {
    let n = 0;
    let none = 0;
    const at = [0, 0, 0, 0];
    for (const item of set.items) {
      n++;
      const terms = ranker.queryTerms(item.q, set.lang).flat();
      if (![...item.expect].some((code) => terms.some((t) => vocabulary.get(code)?.has(t)))) none++;
      const r = ranker.search(item.q, set.lang, 30).findIndex((h) => item.expect.has(h.ssyk));
      at[r < 0 ? 3 : r < 3 ? 0 : r < 10 ? 1 : 2]++;
    }
    const p = (x) => `${((100 * x) / n).toFixed(1)} %`.padStart(6);
    console.log(`  ${set.name.padEnd(50)} ${String(n).padStart(7)}  ${p(none)} ${at.map(p).join(' ')}`);
  }
  // Noise in the answers themselves: an ESCO occupation whose Swedish label is spelled exactly
  // like a JobTech occupation name, mapped to none of that name's groups.
  const nameGroups = new Map();
  for (const n of full.occupationNames) nameGroups.set(norm(n.name_sv), new Set([...(nameGroups.get(norm(n.name_sv)) ?? []), n.ssyk_code]));
  let same = 0;
  let disagree = 0;
  for (const e of full.escoOccupations) {
    const named = e.type === 'occupation' && escoGroups.has(e.uri) ? nameGroups.get(norm(e.label_sv)) : undefined;
    if (!named) continue;
    same++;
    if (![...escoGroups.get(e.uri)].some((c) => named.has(c))) disagree++;
  }
  console.log(`\nESCO occupations spelled like an occupation name (all data): ${same}; mapped to none of its groups: ${disagree} (${((100 * disagree) / same).toFixed(1)} %)`);
}

const times = [];
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const fmt = (x) => `${(100 * x).toFixed(1)} %`.padStart(7);
console.log(`\nheld-out fold ${FOLD} of 5, seed ${SEED}${STRICT ? ', strict' : ''}: the labels of ${heldNames.length} occupation names and ${heldEsco.length} ESCO occupations left out;`);
console.log(`ranker built from the rest in ${buildMs.toFixed(0)} ms (${ranker.labelCount} labels)\n`);
console.log(`${'set / variant'.padEnd(52)} ${'queries'.padStart(7)}   top-1    top-3`);
const summary = {};
for (const set of sets) {
  console.log(set.name);
  for (const [variant, make] of Object.entries(set.variants)) {
    let n = 0;
    let top1 = 0;
    let top3 = 0;
    const misses = [];
    for (const item of set.items) {
      const q = make(item.q);
      if (!q) continue;
      const started = performance.now();
      const hits = ranker.search(q, set.lang, 10);
      times.push(performance.now() - started);
      n++;
      const rank = hits.findIndex((h) => item.expect.has(h.ssyk));
      if (rank === 0) top1++;
      if (rank >= 0 && rank < 3) top3++;
      else misses.push(`${q} → want ${[...item.expect].join('|')}, got ${hits.slice(0, 3).map((h) => `${h.ssyk} (${h.label})`).join(', ')}`);
    }
    const pooled = (summary[set.lang] ??= { n: 0, top1: 0, top3: 0 });
    Object.assign(pooled, { n: pooled.n + n, top1: pooled.top1 + top1, top3: pooled.top3 + top3 });
    console.log(`  ${variant.padEnd(50)} ${String(n).padStart(7)} ${fmt(top1 / n)}  ${fmt(top3 / n)}`);
    for (const m of misses.slice(0, SHOW)) console.log(`      miss: ${m}`);
  }
}
console.log('\nall sets and variants pooled');
for (const [lang, p] of Object.entries(summary)) console.log(`  ${{ sv: 'Swedish', en: 'English', ar: 'Arabic' }[lang].padEnd(50)} ${String(p.n).padStart(7)} ${fmt(p.top1 / p.n)}  ${fmt(p.top3 / p.n)}`);
times.sort((a, b) => a - b);
console.log(`\nlatency per query (in-process ranker, ${times.length} queries): p50 ${pct(times, 50).toFixed(2)} ms, p95 ${pct(times, 95).toFixed(2)} ms, max ${times[times.length - 1].toFixed(1)} ms`);
