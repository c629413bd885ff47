// Host answers in the element: only the steps that apply render and count; hidden steps keep their progress
// and notes; complete follows what applies; invalid answers are reported and ignored.
import { aTimeout, expect, html, oneEvent } from '@open-wc/testing';
import { checkbox, checkboxes, record, render, shadow, text, type PortChecklist } from './helpers.js';

const config = {
  id: 'answers-test',
  title: 'Port',
  questions: [
    {
      id: 'types',
      title: 'Which numbers?',
      multiple: true,
      options: [
        { id: 'landline', label: 'Landline' },
        { id: 'mobile', label: 'Mobile' },
        { id: 'toll-free', label: 'Toll-free' },
      ],
    },
    {
      id: 'sites',
      title: 'Sites?',
      options: [
        { id: 'one', label: 'One' },
        { id: 'several', label: 'Several' },
      ],
    },
  ],
  sections: [
    {
      id: 'prep',
      title: 'Prepare',
      items: [
        { id: 'prep.account', title: 'Account details' },
        { id: 'prep.pin', title: 'Mobile transfer PIN', when: { types: 'mobile' } },
        { id: 'prep.not-mobile', title: 'Landline record', when: { not: { types: 'mobile' } } },
      ],
    },
    {
      id: 'tf',
      title: 'Toll-free',
      when: { types: 'toll-free' },
      items: [{ id: 'tf.resporg', title: 'RespOrg' }],
    },
    {
      id: 'sites',
      title: 'Sites',
      items: [{ id: 'sites.e911', title: 'Per-site addresses', when: { sites: 'several' } }],
    },
  ],
};
const ids = (el: PortChecklist) => checkboxes(el).map((input) => input.dataset.id);

async function withAnswers(answers: unknown): Promise<PortChecklist> {
  const el = await render(
    html`<port-checklist storage-key="answers" .config=${config} .answers=${answers}></port-checklist>`,
  );
  await el.updateComplete;
  return el;
}

describe('<port-checklist> answers', () => {
  beforeEach(() => localStorage.clear());

  it('shows every step while nothing is answered', async () => {
    const el = await withAnswers(undefined);
    expect(ids(el)).to.deep.equal([
      'prep.account',
      'prep.pin',
      'prep.not-mobile',
      'tf.resporg',
      'sites.e911',
    ]);
    expect(text(el, '[part~="counter"]')).to.equal('0 of 5 completed');
  });

  it('shows only the steps that apply, and counts only them', async () => {
    const el = await withAnswers({ types: ['landline'], sites: 'one' });
    expect(ids(el)).to.deep.equal(['prep.account', 'prep.not-mobile']);
    expect(shadow(el).querySelectorAll('[part~="section"]').length).to.equal(1);
    expect(text(el, '[part~="counter"]')).to.equal('0 of 2 completed');
    expect(el.progress.total).to.equal(2);
  });

  it('takes the answers as a JSON attribute', async () => {
    const el = await render(
      html`<port-checklist
        storage="none"
        .config=${config}
        answers='{"types": ["mobile", "toll-free"], "sites": "several"}'
      ></port-checklist>`,
    );
    expect(ids(el)).to.deep.equal(['prep.account', 'prep.pin', 'tf.resporg', 'sites.e911']);
  });

  it('keeps the progress and notes of hidden steps, and shows them again when the answer comes back', async () => {
    const el = await withAnswers({ types: ['mobile'] });
    el.setChecked('prep.pin', true);
    el.setChecked('prep.account', true);
    el.answers = { types: ['landline'] };
    await el.updateComplete;
    expect(ids(el)).to.not.include('prep.pin');
    expect(el.progress).to.deep.include({ completed: 1, total: 3, checkedItems: ['prep.account'] });
    expect(el.setChecked('prep.pin', false)).to.equal(false);
    const stored = JSON.parse(localStorage.getItem('port-checklist:v1:answers')!);
    expect(stored.checked).to.include('prep.pin');
    el.answers = { types: ['mobile'] };
    await el.updateComplete;
    expect(checkbox(el, 'prep.pin').checked).to.equal(true);
    expect(el.progress.checkedItems).to.deep.equal(['prep.account', 'prep.pin']);
  });

  it('follows what applies for complete: more steps apply, it is no longer complete, and completes again', async () => {
    const el = await withAnswers({ types: ['landline'], sites: 'one' });
    const seen = record(el, ['port-checklist-complete']);
    el.setChecked('prep.account', true);
    el.setChecked('prep.not-mobile', true);
    expect(el.progress.complete).to.equal(true);
    expect(seen.length).to.equal(1);
    el.answers = { types: ['landline', 'toll-free'], sites: 'one' };
    await el.updateComplete;
    expect(el.progress).to.deep.include({ complete: false, completed: 2, total: 3 });
    el.setChecked('tf.resporg', true);
    expect(seen.length).to.equal(2);
    expect(seen[1].detail).to.deep.include({ total: 3, completed: 3, complete: true });
  });

  it('reports invalid answers with config-invalid and ignores them, keeping the rest', async () => {
    const errors: CustomEvent[] = [];
    const container = document.createElement('div');
    container.addEventListener('port-checklist-error', (e) => errors.push(e as CustomEvent));
    document.body.append(container);
    const el = document.createElement('port-checklist') as PortChecklist;
    el.storage = 'none';
    el.config = config as never;
    el.answers = { types: ['fax'], sites: 'several', colour: 'blue' };
    container.append(el);
    await el.updateComplete;
    await aTimeout(0);
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['config-invalid']);
    expect(errors[0].detail.message).to.contain('answers.types');
    expect(errors[0].detail.message).to.contain('answers.colour: unknown question');
    expect(ids(el)).to.include('sites.e911');
    container.remove();
  });

  it('carries the answers in the ready event', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const el = document.createElement('port-checklist') as PortChecklist;
    el.storage = 'none';
    el.config = config as never;
    el.answers = { sites: 'several' };
    setTimeout(() => container.append(el));
    const ready = await oneEvent(container, 'port-checklist-ready');
    expect(ready.detail).to.deep.include({ answers: { sites: 'several' }, total: 5 });
    container.remove();
  });

  it('is accessible with some steps left out', async () => {
    const el = await withAnswers({ types: ['mobile'], sites: 'several' });
    await expect(el).to.be.accessible();
  });
});
