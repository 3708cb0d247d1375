import { SkillRanker } from './skill-ranker';
import { testRows } from './test-rows';

const ranker = new SkillRanker(testRows());

describe('SkillRanker', () => {
  it('ranks skills by match, forgiving typos', () => {
    expect(ranker.search('svetsning').map((s) => s.labelSv).slice(0, 2).sort()).toEqual(['MIG-svetsning', 'TIG-svetsning']);
    expect(ranker.search('svetsnig')[0].labelSv).toMatch(/svetsning/);
    expect(ranker.search('truckvana')[0]).toMatchObject({ conceptId: 's-truck', labelSv: 'Truckvana' });
  });

  it("finds a skill by its ESCO synonym and answers with the skill's own label", () => {
    expect(ranker.search('gasmetallbågsvetsning')[0]).toMatchObject({ conceptId: 's-mig', labelSv: 'MIG-svetsning' });
  });

  it('keeps to the skills of one SSYK group when asked', () => {
    expect(ranker.search('omvårdnad', 'sv', '7212')).toEqual([]);
    expect(ranker.search('omvårdnad', 'sv', '2221').map((s) => s.conceptId)).toEqual(['s-care']);
  });

  it('finds nothing for nonsense', () => {
    expect(ranker.search('xyzzy')).toEqual([]);
  });
});
