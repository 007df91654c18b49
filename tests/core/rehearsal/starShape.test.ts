// The STAR shape on a table of answers written for this test, each labelled by hand: does it set
// the scene (S), say what I did (A), say what came of it (R)?
import { describe, expect, it } from 'vitest';
import { starShape } from '../../../src-main/shared/rehearsal/starShape';

// [answer, situation, action, result]
const LABELLED: [string, boolean, boolean, boolean][] = [
  [
    'Last quarter our release process took two weeks. I automated the build and test steps, and releases now take three days.',
    true,
    true,
    true,
  ],
  [
    'When the billing service kept failing at night, I wrote a runbook and trained the on-call team. Pages dropped by half.',
    true,
    true,
    true,
  ],
  [
    'The goal was to onboard five new clients by June. I organised weekly calls with each of them and we closed all five.',
    true,
    true,
    true,
  ],
  ['I led the migration to the new database.', false, true, false],
  ['I think I am good at working with people.', false, false, false],
  ['Our team missed the deadline twice in a row last spring.', true, false, false],
  ['Customer complaints fell by forty percent after the change.', false, false, true],
  // A figure in words is the result on its own, with no verb of change beside it.
  ['Sign-ups went up forty percent after the redesign.', false, false, true],
  ['Our revenue quadrupled within a year.', false, false, true],
  [
    'We had to rebuild the search page in a month. We rewrote it in React and it shipped on time.',
    true,
    false,
    true,
  ],
  [
    'In March I was asked to take over a struggling project. I met every stakeholder in the first week and reset the plan. As a result, we delivered in July.',
    true,
    true,
    true,
  ],
  ['I am passionate about quality and I care about my team.', false, false, false],
  ['I built a dashboard for the support team.', false, true, false],
  [
    'The problem was that nobody owned the test suite. I volunteered and cleaned up the flaky tests.',
    true,
    true,
    false,
  ],
  ['I mentored two juniors; one of them was promoted this year.', true, true, true],
  [
    "During the merger, I mapped both teams' processes and proposed one. It was adopted across the company.",
    true,
    true,
    true,
  ],
  ['Basically, I just do whatever is needed.', false, false, false],
  ['When I joined, the onboarding docs were out of date.', true, false, false],
  ['I reduced our cloud bill by $4,000 a month.', false, true, true],
  ['We improved the checkout flow and conversion rose.', false, false, true],
  [
    'Two years ago our NPS was negative. I started a monthly customer council, and now the score is plus thirty.',
    true,
    true,
    true,
  ],
  ['I presented the roadmap to the board in Q3.', true, true, false],
  ['I wanted to learn more about design, so I hoped to join that team.', false, false, false],
  [
    'The target was 99.9% uptime. I added health checks and automatic failover, which meant we hit 99.95% for the year.',
    true,
    true,
    true,
  ],
  [
    'I coached the new lead through her first quarter, and she was praised by her team in the survey.',
    false,
    true,
    true,
  ],
  [
    'That sprint we were behind by three stories. I paired with the slowest reviewer and we caught up.',
    true,
    true,
    false,
  ],
  ['Everyone says I am reliable.', false, false, false],
  ['I negotiated a new contract with the vendor and saved 15% on licences.', false, true, true],
  [
    'At the time, our hiring pipeline was empty. I reached out to twenty candidates myself.',
    true,
    true,
    false,
  ],
  ['The result was a happier team and lower turnover.', false, false, true],
  [
    'I redesigned the on-call rota so nobody worked two weekends in a row; since then no one has left the team.',
    false,
    true,
    true,
  ],
  [
    'We were short two engineers in the autumn. I reprioritised the backlog with product and we shipped the three features that mattered.',
    true,
    true,
    true,
  ],
  ['I handled the escalation with the client personally.', false, true, false],
  ['Sales doubled in the region after we changed the pricing page.', false, false, true],
  [
    'Last year I took on the accessibility audit. I fixed sixty issues and the app passed the external review.',
    true,
    true,
    true,
  ],
];

describe('STAR shape', () => {
  it('holds at least 30 labelled answers', () => {
    expect(LABELLED.length).toBeGreaterThanOrEqual(30);
  });

  it.each(LABELLED)('%j', (answer, situation, action, result) => {
    const shape = starShape(answer);
    expect({
      situation: shape.situation.found,
      action: shape.action.found,
      result: shape.result.found,
    }).toEqual({ situation, action, result });
  });

  it('quotes the words each verdict rests on', () => {
    const shape = starShape(
      'Last quarter our releases were slow. I automated the pipeline, and releases now take three days.',
    );
    expect(shape.situation.cue).toBe('Last quarter');
    expect(shape.action.cue).toBe('I automated');
    expect(shape.result.cue).toBe('three days');
  });

  it('tells an answer that says only "we" from one that says what I did', () => {
    expect(starShape('We improved the checkout flow and conversion rose.').onlyWe).toBe(true);
    expect(
      starShape('We were behind, so I paired with the reviewer and we caught up.').onlyWe,
    ).toBe(false);
  });
});
