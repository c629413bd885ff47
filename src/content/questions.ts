// The questions of the bundled checklist's "About your port" setup. Their ids and option ids are public API:
// hosts answer them in the `answers` attribute (`{"types": ["toll-free"]}`), and the bundled items' `when`
// conditions (default-config.ts, the presets) name them. Extend, never rename. The texts load with the setup
// chunk and the validator, not with the script-tag bundle's entry, which needs only the conditions.
import { msg } from '@lit/localize';
import type { ChecklistQuestion } from '../config/types.js';
import { COUNTRY_QUESTION, OTHER_COUNTRY, REGIONS, regionName } from './region.js';

const option = (id: string, label: string, summary?: string) =>
  summary ? { id, label, summary } : { id, label };

/** The bundled questions, their texts resolved for the active locale, in the order they are asked. */
export function bundledQuestions(): ChecklistQuestion<string>[] {
  return [
    {
      id: COUNTRY_QUESTION,
      title: msg('Which country are the numbers in?', {
        id: 'question.country.title',
        desc: 'Setup question: the country whose porting rules apply',
      }),
      options: [
        ...REGIONS.map((region) => option(region, regionName(region))),
        option(
          OTHER_COUNTRY,
          msg('Another country', {
            id: 'question.country.other',
            desc: 'Answer to "Where are the numbers?": a country without its own rules in the checklist',
          }),
        ),
      ],
    },
    {
      id: 'types',
      title: msg('What kinds of number are you porting?', {
        id: 'question.types.title',
        desc: 'Setup question; several answers may be chosen',
      }),
      multiple: true,
      options: [
        option(
          'landline',
          msg('Landline', { id: 'question.types.landline', desc: 'Kind of phone number' }),
          msg('landline', {
            id: 'question.types.landline.summary',
            desc: 'Short form of an answer, in the one-line summary of the answers ("Sweden · 2–20 numbers · …")',
          }),
        ),
        option(
          'mobile',
          msg('Mobile', { id: 'question.types.mobile', desc: 'Kind of phone number' }),
          msg('mobile', {
            id: 'question.types.mobile.summary',
            desc: 'Short form of an answer, in the one-line summary of the answers ("Sweden · 2–20 numbers · …")',
          }),
        ),
        option(
          'voip',
          msg('VoIP or cloud phone', {
            id: 'question.types.voip',
            desc: 'Kind of phone number: one already on an internet phone service',
          }),
          msg('VoIP', {
            id: 'question.types.voip.summary',
            desc: 'Short form of an answer, in the one-line summary of the answers ("Sweden · 2–20 numbers · …")',
          }),
        ),
        option(
          'toll-free',
          msg('Toll-free', {
            id: 'question.types.toll-free',
            desc: 'Kind of phone number: free to call for the caller (800 numbers, freephone)',
          }),
          msg('toll-free', {
            id: 'question.types.toll-free.summary',
            desc: 'Short form of an answer, in the one-line summary of the answers ("Sweden · 2–20 numbers · …")',
          }),
        ),
        option(
          'fax-alarm-dsl',
          msg('Fax, alarm or DSL line', {
            id: 'question.types.fax-alarm-dsl',
            desc: 'Kind of phone line: a fax machine, a burglar or fire alarm, or a DSL internet line',
          }),
          msg('fax, alarm or DSL', {
            id: 'question.types.fax-alarm-dsl.summary',
            desc: 'Short form of an answer, in the one-line summary of the answers ("Sweden · 2–20 numbers · …")',
          }),
        ),
      ],
    },
    {
      id: 'count',
      title: msg('How many numbers are you porting?', { id: 'question.count.title', desc: 'Setup question' }),
      options: [
        option(
          '1',
          msg('One', { id: 'question.count.1', desc: 'Answer to "How many numbers?"' }),
          msg('1 number', {
            id: 'question.count.1.summary',
            desc: 'Short form of an answer, in the one-line summary of the answers ("Sweden · 2–20 numbers · …")',
          }),
        ),
        option(
          '2-20',
          msg('2 to 20', { id: 'question.count.2-20', desc: 'Answer to "How many numbers?"' }),
          msg('2–20 numbers', {
            id: 'question.count.2-20.summary',
            desc: 'Short form of an answer, in the one-line summary of the answers ("Sweden · 2–20 numbers · …")',
          }),
        ),
        option(
          '21+',
          msg('More than 20', { id: 'question.count.21+', desc: 'Answer to "How many numbers?"' }),
          msg('more than 20 numbers', {
            id: 'question.count.21+.summary',
            desc: 'Short form of an answer, in the one-line summary of the answers ("Sweden · 2–20 numbers · …")',
          }),
        ),
      ],
    },
    {
      id: 'scope',
      title: msg('Are you moving every number on the account?', {
        id: 'question.scope.title',
        desc: 'Setup question: a full port (every number of the account) or a partial port (only some)',
      }),
      options: [
        option(
          'full',
          msg('Yes, all of them', {
            id: 'question.scope.full',
            desc: 'Answer: every number of the account moves (a full port)',
          }),
          msg('all numbers of the account', {
            id: 'question.scope.full.summary',
            desc: 'Short form of an answer, in the one-line summary of the answers ("Sweden · 2–20 numbers · …")',
          }),
        ),
        option(
          'partial',
          msg('No, only some', {
            id: 'question.scope.partial',
            desc: 'Answer: only some numbers of the account move (a partial port)',
          }),
          msg('some numbers of the account', {
            id: 'question.scope.partial.summary',
            desc: 'Short form of an answer, in the one-line summary of the answers ("Sweden · 2–20 numbers · …")',
          }),
        ),
      ],
    },
    {
      id: 'texting',
      title: msg('Do these numbers send or receive texts?', {
        id: 'question.texting.title',
        desc: 'Setup question: SMS text messages on the numbers being ported',
      }),
      options: [
        option(
          'yes',
          msg('Yes', { id: 'question.texting.yes', desc: 'Answer to a yes/no question' }),
          msg('texting', {
            id: 'question.texting.yes.summary',
            desc: 'Short form of an answer, in the one-line summary of the answers ("Sweden · 2–20 numbers · …")',
          }),
        ),
        option(
          'no',
          msg('No', { id: 'question.texting.no', desc: 'Answer to a yes/no question' }),
          msg('no texting', {
            id: 'question.texting.no.summary',
            desc: 'Short form of an answer, in the one-line summary of the answers ("Sweden · 2–20 numbers · …")',
          }),
        ),
        option(
          'unsure',
          msg('Not sure', { id: 'question.texting.unsure', desc: 'Answer to a yes/no question' }),
          msg('texting not known', {
            id: 'question.texting.unsure.summary',
            desc: 'Short form of an answer, in the one-line summary of the answers ("Sweden · 2–20 numbers · …")',
          }),
        ),
      ],
    },
    {
      id: 'sites',
      title: msg('Are the phones at more than one site?', {
        id: 'question.sites.title',
        desc: 'Setup question: one office or several offices/locations',
      }),
      options: [
        option(
          'one',
          msg('One site', { id: 'question.sites.one', desc: 'Answer: all phones at one location' }),
          msg('one site', {
            id: 'question.sites.one.summary',
            desc: 'Short form of an answer, in the one-line summary of the answers ("Sweden · 2–20 numbers · …")',
          }),
        ),
        option(
          'several',
          msg('Several sites', { id: 'question.sites.several', desc: 'Answer: phones at several locations' }),
          msg('several sites', {
            id: 'question.sites.several.summary',
            desc: 'Short form of an answer, in the one-line summary of the answers ("Sweden · 2–20 numbers · …")',
          }),
        ),
      ],
    },
  ];
}
