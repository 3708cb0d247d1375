import { ACTIVE_STATES, REFERRAL_ACTIONS, REFERRAL_STATES, REFERRAL_TRANSITIONS, transition } from './referral';

describe('referral pipeline', () => {
  it('runs proposed → accepted by the learner → accepted by the employer → interview → agreement → started → ended → assessed → closed', () => {
    const path = [
      ['learner_accept', 'newcomer'], ['employer_accept', 'employer'], ['book_interview', 'employer'], ['propose_agreement', 'coach'],
    ] as const;
    let state: (typeof REFERRAL_STATES)[number] = 'proposed';
    for (const [action, role] of path) {
      const step = transition(state, action, role);
      expect(step.ok).toBe(true);
      if (step.ok) state = step.to;
    }
    expect(state).toBe('agreement_proposed');
    expect(transition('agreed', 'start', 'coach')).toEqual({ ok: true, to: 'started' });
    expect(transition('started', 'end', 'employer')).toEqual({ ok: true, to: 'ended' });
    expect(transition('ended', 'assess', 'employer')).toEqual({ ok: true, to: 'assessed' });
    expect(transition('assessed', 'record_outcome', 'coach')).toEqual({ ok: true, to: 'closed' });
  });

  it('no skipping and only the right role', () => {
    expect(transition('proposed', 'employer_accept', 'employer')).toEqual({ ok: false, problem: 'wrongState' });
    expect(transition('proposed', 'learner_accept', 'coach')).toEqual({ ok: false, problem: 'wrongRole' });
    expect(transition('learner_accepted', 'employer_accept', 'newcomer')).toEqual({ ok: false, problem: 'wrongRole' });
    expect(transition('interview_booked', 'start', 'coach')).toEqual({ ok: false, problem: 'wrongState' });
    expect(transition('started', 'withdraw', 'coach')).toEqual({ ok: false, problem: 'wrongState' });
    expect(transition('closed', 'record_outcome', 'coach')).toEqual({ ok: false, problem: 'wrongState' });
  });

  it('every action leads to a known state from known states; finished states are not active', () => {
    for (const action of REFERRAL_ACTIONS) {
      const rule = REFERRAL_TRANSITIONS[action];
      expect(REFERRAL_STATES).toContain(rule.to);
      for (const from of rule.from) expect(REFERRAL_STATES).toContain(from);
    }
    for (const done of ['learner_declined', 'employer_declined', 'ended', 'assessed', 'closed', 'withdrawn'] as const) expect(ACTIVE_STATES).not.toContain(done);
  });
});
