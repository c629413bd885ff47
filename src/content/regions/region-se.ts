// Sweden: PTS's rules (LEK 2022:482), organisationsnummer and fullmakt, the new operator ordering the move, 112.
// Sources: sources.ts, keys `se:…`.
import { msg } from '@lit/localize';
import { regionName, type RegionPreset } from '../region.js';
import { FIRST_YEAR, HOLIDAYS, LAST_YEAR } from '../../plan/generated/holidays-se.js';

export const preset = (): RegionPreset => ({
  id: 'se',
  name: regionName('se'),
  holidays: { first: FIRST_YEAR, last: LAST_YEAR, days: HOLIDAYS },
  items: {
    'prep.account-info': {
      detail: msg(
        'The company registration number (organisationsnummer) and the company name the subscription is registered to, and every number, exactly as your current operator has them.',
        { id: 'region.se.account-info.detail', desc: 'Explanation under a checklist item (Sweden)' },
      ),
    },
    'prep.contract': {
      detail: msg(
        'A binding period (bindningstid) cannot stop the move, but fees may still be due. Note the notice period (uppsägningstid) too.',
        { id: 'region.se.contract.detail', desc: 'Explanation under a checklist item (Sweden)' },
      ),
    },
    'loa.download-form': {
      title: msg('Sign the porting authorization (fullmakt)', {
        id: 'region.se.download-form.title',
        desc: 'Title of a checklist item (Sweden)',
      }),
      detail: msg(
        'The new operator orders the move (nummerflytt) from the old one, and needs your signed authorization for it.',
        { id: 'region.se.download-form.detail', desc: 'Explanation under a checklist item (Sweden)' },
      ),
    },
    'loa.verify-signer': {
      detail: msg(
        "The authorization must be signed by the company's authorized signatory (firmatecknare) or by someone with a power of attorney.",
        { id: 'region.se.verify-signer.detail', desc: 'Explanation under a checklist item (Sweden)' },
      ),
    },
    'timing.lead-time': {
      detail: msg(
        'By law the number works at the new operator within one working day of the agreed day. Operators ask for at least 5 working days for mobile and 10 for fixed numbers; each rejection adds days.',
        { id: 'region.se.lead-time.detail', desc: 'Explanation under a checklist item (Sweden)' },
      ),
    },
    'tech.e911': {
      title: msg("Register each site's address for 112 calls", {
        id: 'region.se.e911.title',
        desc: 'Title of a checklist item (Sweden)',
      }),
    },
    'after.escalate': {
      detail: msg(
        'Complain to the old operator in writing. Telekområdgivarna gives free advice, and the Swedish regulator PTS supervises the porting rules.',
        { id: 'region.se.escalate.detail', desc: 'Explanation under a checklist item (Sweden)' },
      ),
      link: {
        href: 'https://pts.se/sv/bransch/telefoni/nummer-och-adressering/nummerportabilitet/',
        label: msg('PTS on number portability', {
          id: 'region.se.escalate.link',
          desc: "Link text to the Swedish regulator's page on number portability",
        }),
      },
    },
  },
});
