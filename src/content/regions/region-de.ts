// Germany: BNetzA and the TKG, the Anbieterwechsel in which the new provider cancels the old contract,
// Kundennummer, number blocks, 112. Sources: sources.ts, keys `de:…`.
import { msg } from '@lit/localize';
import { regionName, type RegionPreset } from '../region.js';
import { FIRST_YEAR, HOLIDAYS, LAST_YEAR } from '../../plan/generated/holidays-de.js';

export const preset = (): RegionPreset => ({
  id: 'de',
  name: regionName('de'),
  holidays: { first: FIRST_YEAR, last: LAST_YEAR, days: HOLIDAYS },
  banner: {
    title: msg("Important: Don't cancel your old contract yourself!", {
      id: 'region.de.banner.title',
      desc: 'Warning banner heading (Germany)',
    }),
    text: msg(
      'In a provider switch (Anbieterwechsel) the new provider cancels the old contract for you. Cancelling it yourself first can release your number.',
      { id: 'region.de.banner.text', desc: 'Warning banner text (Germany)' },
    ),
  },
  items: {
    'prep.account-info': {
      detail: msg(
        'Your customer number (Kundennummer), the name the contract is registered to and every number, exactly as your current provider has them.',
        { id: 'region.de.account-info.detail', desc: 'Explanation under a checklist item (Germany)' },
      ),
    },
    'prep.number-inventory': {
      detail: msg(
        'A number block (Rufnummernblock) ports as a whole: list all its numbers, with the site of each, and your direct dials, fax and alarm lines.',
        { id: 'region.de.number-inventory.detail', desc: 'Explanation under a checklist item (Germany)' },
      ),
    },
    'prep.contract': {
      title: msg('Check the contract end and order in time', {
        id: 'region.de.contract.title',
        desc: 'Title of a checklist item (Germany)',
      }),
      detail: msg(
        'Order the port well before the old contract ends, about 15 working days ahead for a landline. Porting has been free of charge since December 2021.',
        { id: 'region.de.contract.detail', desc: 'Explanation under a checklist item (Germany)' },
      ),
    },
    'loa.download-form': {
      title: msg('Order the provider switch (Anbieterwechsel) from the new provider', {
        id: 'region.de.download-form.title',
        desc: 'Title of a checklist item (Germany)',
      }),
      detail: msg(
        'The new provider sends the porting order (Portierungsauftrag) and cancels the old contract for you. Do not cancel it yourself.',
        { id: 'region.de.download-form.detail', desc: 'Explanation under a checklist item (Germany)' },
      ),
    },
    'loa.photo-id': {
      detail: msg(
        'Companies may be asked for an extract from the commercial register (Handelsregisterauszug). Your new provider tells you what it needs.',
        { id: 'region.de.photo-id.detail', desc: 'Explanation under a checklist item (Germany)' },
      ),
    },
    'timing.lead-time': {
      detail: msg(
        'By law the service may be interrupted for one working day at most. Place a landline order about 15 working days before the contract ends; each rejection adds days.',
        { id: 'region.de.lead-time.detail', desc: 'Explanation under a checklist item (Germany)' },
      ),
    },
    'tech.e911': {
      title: msg("Register each site's address for 112 calls", {
        id: 'region.de.e911.title',
        desc: 'Title of a checklist item (Germany)',
      }),
    },
    'after.escalate': {
      detail: msg(
        'If the old provider delays the switch, complain in writing. The Bundesnetzagentur handles complaints about provider switches.',
        { id: 'region.de.escalate.detail', desc: 'Explanation under a checklist item (Germany)' },
      ),
      link: {
        href: 'https://www.bundesnetzagentur.de/',
        label: msg('Bundesnetzagentur', {
          id: 'region.de.escalate.link',
          desc: "Link text to the German regulator's website; the name of the authority",
        }),
      },
    },
  },
});
