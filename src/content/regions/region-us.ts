// United States: the FCC's rules, carrier records (CSR, BTN), wireless transfer PINs, toll-free RespOrgs,
// 911 locations and business texting registration. Sources: sources.ts, keys `us:…`.
import { msg } from '@lit/localize';
import { TEXTING } from '../default-config.js';
import { regionName, type RegionPreset } from '../region.js';
import { FIRST_YEAR, HOLIDAYS, LAST_YEAR } from '../../plan/generated/holidays-us.js';

const FCC =
  'https://www.fcc.gov/consumers/guides/keeping-your-telephone-number-when-changing-service-providers';

export const preset = (): RegionPreset => ({
  id: 'us',
  name: regionName('us'),
  holidays: { first: FIRST_YEAR, last: LAST_YEAR, days: HOLIDAYS },
  items: {
    'prep.account-info': {
      detail: msg(
        "Account number, the account holder's name, the billing telephone number (BTN) and the account PIN or passcode, exactly as on the Customer Service Record.",
        { id: 'region.us.account-info.detail', desc: 'Explanation under a checklist item (United States)' },
      ),
    },
    'prep.csr': {
      title: msg('Request the Customer Service Record (CSR)', {
        id: 'region.us.csr.title',
        desc: 'Title of a checklist item (United States)',
      }),
      detail: msg(
        'The current carrier checks the port against its CSR, which can differ from the bill. Fill in the LOA from it, character for character.',
        { id: 'region.us.csr.detail', desc: 'Explanation under a checklist item (United States)' },
      ),
    },
    'prep.partial': {
      detail: msg(
        'A partial port leaves numbers on the old account: name a new billing telephone number (BTN) for them, and keep or move DSL, alarm and fax lines on purpose.',
        { id: 'region.us.partial.detail', desc: 'Explanation under a checklist item (United States)' },
      ),
    },
    'prep.mobile-code': {
      title: msg('Wireless numbers: get a Number Transfer PIN', {
        id: 'region.us.mobile-code.title',
        desc: 'Title of a checklist item (United States)',
      }),
      detail: msg(
        "It is separate from the account PIN, often one per line, and valid for a few days only. Turn off the carrier's number lock first.",
        { id: 'region.us.mobile-code.detail', desc: 'Explanation under a checklist item (United States)' },
      ),
    },
    'prep.contract': {
      detail: msg(
        "Your old carrier can't refuse the port over an unpaid balance or an early-termination fee, but those are still due.",
        { id: 'region.us.contract.detail', desc: 'Explanation under a checklist item (United States)' },
      ),
    },
    'timing.lead-time': {
      detail: msg(
        'By FCC rules a simple port completes one business day after it is accepted. In practice plan 1–2 weeks for a few lines, 2–4 for many, 1–4 for toll-free, and 1–2 more for each rejection.',
        { id: 'region.us.lead-time.detail', desc: 'Explanation under a checklist item (United States)' },
      ),
    },
    'timing.port-date': {
      title: msg('Get the FOC date in writing', {
        id: 'region.us.port-date.title',
        desc: 'Title of a checklist item (United States); FOC is Firm Order Commitment',
      }),
      detail: msg(
        'The Firm Order Commitment (FOC) is the confirmed date and time of the port. Plan the switch, the team and the tests around it.',
        { id: 'region.us.port-date.detail', desc: 'Explanation under a checklist item (United States)' },
      ),
    },
    'tech.e911': {
      title: msg('Register a 911 location for every number', {
        id: 'region.us.e911.title',
        desc: 'Title of a checklist item (United States)',
      }),
      detail: msg(
        "Each number needs its site's dispatchable location: street address plus floor or suite (RAY BAUM'S Act). Multi-line systems must dial 911 directly and alert someone on site (Kari's Law).",
        { id: 'region.us.e911.detail', desc: 'Explanation under a checklist item (United States)' },
      ),
    },
    'after.escalate': {
      detail: msg(
        'Complain to the old carrier in writing. If it still refuses or delays the port, file a complaint with the FCC.',
        { id: 'region.us.escalate.detail', desc: 'Explanation under a checklist item (United States)' },
      ),
      link: {
        href: FCC,
        label: msg('The FCC on keeping your number', {
          id: 'region.us.escalate.link',
          desc: "Link text to the US regulator's page on number porting",
        }),
      },
    },
  },
  add: [
    {
      after: 'prep.number-type',
      item: {
        id: 'prep.resporg',
        title: msg('Toll-free numbers: identify the RespOrg', {
          id: 'region.us.resporg.title',
          desc: 'Title of a checklist item (United States); RespOrg is Responsible Organization',
        }),
        detail: msg(
          "Toll-free numbers move between Responsible Organizations (RespOrgs). Use a RespOrg-change authorization that names your new provider's RespOrg ID.",
          { id: 'region.us.resporg.detail', desc: 'Explanation under a checklist item (United States)' },
        ),
        when: { types: 'toll-free' },
      },
    },
    {
      after: 'tech.sms',
      item: {
        id: 'tech.10dlc',
        title: msg('Register business texting', {
          id: 'region.us.10dlc.title',
          desc: 'Title of a checklist item (United States)',
        }),
        detail: msg(
          'US carriers block texts from unregistered business numbers. Register your brand and campaign (A2P 10DLC), or verify toll-free numbers, before you text.',
          { id: 'region.us.10dlc.detail', desc: 'Explanation under a checklist item (United States)' },
        ),
        when: TEXTING,
      },
    },
  ],
});
