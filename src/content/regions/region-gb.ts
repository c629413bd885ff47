// United Kingdom: Ofcom's rules, the gaining provider's landline process, PACs for mobiles, 999/112 and the
// port override. Sources: sources.ts, keys `gb:…`.
import { msg } from '@lit/localize';
import { regionName, type RegionPreset } from '../region.js';
import { FIRST_YEAR, HOLIDAYS, LAST_YEAR } from '../../plan/generated/holidays-gb.js';

export const preset = (): RegionPreset => ({
  id: 'gb',
  name: regionName('gb'),
  holidays: { first: FIRST_YEAR, last: LAST_YEAR, days: HOLIDAYS },
  items: {
    'prep.account-info': {
      detail: msg(
        "Account number, the account holder's name, the main billing number and the postcode of the line, exactly as your current provider has them.",
        { id: 'region.gb.account-info.detail', desc: 'Explanation under a checklist item (United Kingdom)' },
      ),
    },
    'prep.mobile-code': {
      title: msg('Mobile numbers: get a PAC', {
        id: 'region.gb.mobile-code.title',
        desc: 'Title of a checklist item (United Kingdom); PAC is Porting Authorisation Code',
      }),
      detail: msg(
        'Text PAC to 65075 for a Porting Authorisation Code. It is valid for 30 days, and the switch then happens within one working day.',
        { id: 'region.gb.mobile-code.detail', desc: 'Explanation under a checklist item (United Kingdom)' },
      ),
    },
    'loa.download-form': {
      detail: msg(
        'Landline ports are run by the new (gaining) provider: use its order form and authorisation, not one from the old provider.',
        { id: 'region.gb.download-form.detail', desc: 'Explanation under a checklist item (United Kingdom)' },
      ),
    },
    'timing.lead-time': {
      detail: msg(
        'Plan 1–2 weeks for a single line and 2–5 weeks for many lines or number ranges, plus about a week of pre-order validation. Mobile numbers move within one working day of the PAC.',
        { id: 'region.gb.lead-time.detail', desc: 'Explanation under a checklist item (United Kingdom)' },
      ),
    },
    'timing.go-live': {
      detail: msg(
        'Geographic numbers usually switch at a set time in the morning, often 10:00. Ask your new provider when, and have someone ready to test then.',
        { id: 'region.gb.go-live.detail', desc: 'Explanation under a checklist item (United Kingdom)' },
      ),
    },
    'tech.e911': {
      title: msg("Register each site's address for 999 and 112 calls", {
        id: 'region.gb.e911.title',
        desc: 'Title of a checklist item (United Kingdom)',
      }),
      detail: msg(
        "Your provider passes the address you register to the emergency services. Give every number its site's full address and keep it up to date.",
        { id: 'region.gb.e911.detail', desc: 'Explanation under a checklist item (United Kingdom)' },
      ),
    },
    'after.escalate': {
      detail: msg(
        "If the old provider blocks the port, complain to Ofcom: after five days Ofcom's port override process lets your new provider move the number.",
        { id: 'region.gb.escalate.detail', desc: 'Explanation under a checklist item (United Kingdom)' },
      ),
      link: {
        href: 'https://www.ofcom.org.uk/about-ofcom/latest/features-and-news/new-protections-stamp-out-switching-frustrations',
        label: msg('Ofcom on blocked ports', {
          id: 'region.gb.escalate.link',
          desc: "Link text to the UK regulator's page on its port override process",
        }),
      },
    },
  },
});
