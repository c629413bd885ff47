// The bundled checklist and its setup questions, pure and table-style: which steps each answer leaves out, in
// the generic set and in each preset; the bundled questions are what the steps' conditions name; the lead-time
// estimate for each kind of port.
import { expect } from './chai.js';
import { applicable } from '../src/config/conditions.js';
import type { Answers, ChecklistConfig } from '../src/config/types.js';
import { defaultConfig } from '../src/content/default-config.js';
import { leadTime, withLeadTime } from '../src/content/estimate.js';
import { bundledQuestions } from '../src/content/questions.js';
import { applyRegion, REGIONS, type RegionId } from '../src/content/region.js';
import { regionLoaders } from '../src/content/regions.js';
import { itemIds } from '../src/state/progress.js';
import { validateAnswers } from '../src/config/validate.js';

const ids = (config: ChecklistConfig<string>) => itemIds(config);
const hidden = (config: ChecklistConfig<string>, answers: Answers) => {
  const shown = new Set(ids(applicable(config, answers)));
  return ids(config).filter((id) => !shown.has(id));
};

async function presetConfig(region: RegionId): Promise<ChecklistConfig<string>> {
  const { preset } = await regionLoaders[region]();
  return applyRegion(defaultConfig(), preset());
}

describe('the bundled questions', () => {
  it('are asked in a fixed order, with the ids that hosts use in `answers`', () => {
    expect(bundledQuestions().map((q) => [q.id, q.options.map((o) => o.id), !!q.multiple])).to.deep.equal([
      ['country', ['us', 'gb', 'se', 'de', 'other'], false],
      ['types', ['landline', 'mobile', 'voip', 'toll-free', 'fax-alarm-dsl'], true],
      ['count', ['1', '2-20', '21+'], false],
      ['scope', ['full', 'partial'], false],
      ['texting', ['yes', 'no', 'unsure'], false],
      ['sites', ['one', 'several'], false],
    ]);
  });

  it('give every option a label, and a short form where the label does not read well in a line', () => {
    for (const question of bundledQuestions()) {
      expect(question.title, question.id).to.match(/\?$/);
      for (const option of question.options)
        expect(option.label, `${question.id}.${option.id}`).to.not.equal('');
    }
    const count = bundledQuestions().find((q) => q.id === 'count')!;
    expect(count.options.map((o) => o.summary)).to.deep.equal([
      '1 number',
      '2–20 numbers',
      'more than 20 numbers',
    ]);
  });

  it('validate a host answer for every option of every question', () => {
    const config = { ...defaultConfig(), questions: bundledQuestions() };
    for (const question of bundledQuestions()) {
      for (const option of question.options) {
        const value = question.multiple ? [option.id] : option.id;
        expect(
          validateAnswers({ [question.id]: value }, config).errors,
          `${question.id}=${option.id}`,
        ).to.deep.equal([]);
      }
    }
  });
});

describe('which bundled steps each answer leaves out', () => {
  const cases: [string, Answers, string[]][] = [
    ['nothing answered: every step', {}, []],
    ['skipped (every answer removed): every step', {}, []],
    [
      'one number: no inventory, types or mapping',
      { count: '1' },
      ['prep.number-inventory', 'prep.number-type', 'tech.number-map'],
    ],
    ['2–20 numbers: all of them', { count: '2-20' }, []],
    ['more than 20: all of them', { count: '21+' }, []],
    ['a full port: no partial-port step', { scope: 'full' }, ['prep.partial']],
    ['a partial port: all of them', { scope: 'partial' }, []],
    ['no mobile numbers: no porting code', { types: ['landline'] }, ['prep.mobile-code', 'verify.fax']],
    ['mobile numbers: the porting code', { types: ['mobile'] }, ['verify.fax']],
    ['fax, alarm or DSL lines: the fax test', { types: ['landline', 'fax-alarm-dsl'] }, ['prep.mobile-code']],
    ['no texting: no texting steps', { texting: 'no' }, ['tech.sms-check', 'tech.sms', 'verify.texts']],
    ['texting: the texting steps, not the step to find out', { texting: 'yes' }, ['tech.sms-check']],
    ['not sure about texting: a step to find out, and the texting steps', { texting: 'unsure' }, []],
    ['one site: no per-site emergency addresses', { sites: 'one' }, ['tech.e911-sites']],
    ['several sites: all of them', { sites: 'several' }, []],
    [
      'a simple port: one landline, all numbers, no texting, one site',
      { types: ['landline'], count: '1', scope: 'full', texting: 'no', sites: 'one' },
      [
        'prep.number-inventory',
        'prep.number-type',
        'prep.partial',
        'prep.mobile-code',
        'tech.number-map',
        'tech.e911-sites',
        'tech.sms-check',
        'tech.sms',
        'verify.texts',
        'verify.fax',
      ],
    ],
  ];
  for (const [name, answers, left] of cases) {
    it(`generic: ${name}`, () => {
      expect(hidden(defaultConfig(), answers)).to.have.members(left);
    });
  }

  it('us: toll-free RespOrg only with toll-free numbers, business texting only with texting', async () => {
    const us = await presetConfig('us');
    expect(hidden(us, { types: ['landline'] })).to.include.members(['prep.resporg', 'prep.mobile-code']);
    expect(hidden(us, { types: ['toll-free'] })).to.not.include('prep.resporg');
    expect(hidden(us, { texting: 'no' })).to.include.members(['tech.10dlc', 'tech.sms']);
    expect(hidden(us, { texting: 'unsure' })).to.not.include('tech.10dlc');
  });

  for (const region of REGIONS) {
    it(`${region}: a preset's changed steps keep the conditions of the steps they change`, async () => {
      const config = await presetConfig(region);
      expect(hidden(config, { count: '1' })).to.include.members([
        'prep.number-inventory',
        'prep.number-type',
      ]);
      expect(hidden(config, { types: ['landline'] })).to.include('prep.mobile-code');
      expect(hidden(config, {})).to.deep.equal([]);
    });
  }

  it('never leaves a section empty: each keeps at least one step for the simplest port', () => {
    const simplest: Answers = { types: ['mobile'], count: '1', scope: 'full', texting: 'no', sites: 'one' };
    expect(applicable(defaultConfig(), simplest).sections.map((s) => s.id)).to.deep.equal(
      defaultConfig().sections.map((s) => s.id),
    );
  });
});

describe('leadTime', () => {
  const cases: [string, Answers, RegionId | null, [number, number] | undefined][] = [
    ['nothing answered: no estimate', {}, null, undefined],
    ['only the texting answered: no estimate', { texting: 'yes' }, null, undefined],
    ['one landline: a simple port', { types: ['landline'], count: '1' }, null, [1, 2]],
    ['one mobile number: a simple port', { types: ['mobile'] }, null, [1, 2]],
    ['toll-free alone', { types: ['toll-free'], count: '1' }, null, [1, 4]],
    ['2–20 numbers: complex', { count: '2-20' }, null, [2, 4]],
    ['a partial port: complex', { count: '1', scope: 'partial' }, null, [2, 4]],
    ['several sites: complex', { count: '1', sites: 'several' }, null, [2, 4]],
    ['complex and toll-free: complex', { types: ['toll-free'], count: '2-20' }, null, [2, 4]],
    ['more than 20: a large project', { count: '21+', types: ['toll-free'] }, null, [3, 6]],
    ['Sweden, a fixed number: at least 10 working days', { types: ['landline'], count: '1' }, 'se', [2, 3]],
    ['Sweden, VoIP is fixed too', { types: ['voip'], count: '1' }, 'se', [2, 3]],
    ['Sweden, mobile only: as everywhere', { types: ['mobile'], count: '1' }, 'se', [1, 2]],
    ['Sweden, fixed and complex', { types: ['landline'], count: '2-20' }, 'se', [2, 4]],
    ['Germany, a landline: about 15 working days ahead', { types: ['landline'], count: '1' }, 'de', [3, 4]],
    ['Germany, VoIP: as everywhere', { types: ['voip'], count: '1' }, 'de', [1, 2]],
    ['Germany, a large landline project', { types: ['landline'], count: '21+' }, 'de', [3, 6]],
    ['the US: as everywhere', { types: ['landline'], count: '1' }, 'us', [1, 2]],
    ['the UK: as everywhere', { types: ['landline'], count: '2-20' }, 'gb', [2, 4]],
  ];
  for (const [name, answers, region, weeks] of cases) {
    it(name, () => {
      expect(leadTime(answers, region)).to.deep.equal(weeks);
    });
  }

  it('joins the lead-time step, and only it', () => {
    const config = withLeadTime(defaultConfig(), 'Expect it.');
    const steps = config.sections.flatMap((s) => s.items);
    const before = defaultConfig().sections.flatMap((s) => s.items);
    steps.forEach((step, i) => {
      if (step.id === 'timing.lead-time') expect(step.detail).to.equal(`${before[i].detail} Expect it.`);
      else expect(step).to.deep.equal(before[i]);
    });
  });
});
