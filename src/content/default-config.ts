import { msg } from '@lit/localize';
import type { ChecklistConfig, ChecklistItem, ChecklistSection } from './types.js';

// The bundled checklist: the 30 items of the CallTracker porting checklist, in English, with two
// corrections from the porting research (shared/guides/porting-domain.md): honest lead times, and that
// many providers activate ported numbers at a fixed time. Built on demand so that every string comes from
// the active locale. Ids are public API (stored progress, events): never change one.

type ItemArgs = [id: string, title: string, detail: string, critical?: true];

/** A section whose item ids are prefixed with its own (`prep` + `account-info` → `prep.account-info`). */
const section = (
  id: string,
  title: string,
  subtitle: string,
  items: ItemArgs[],
): ChecklistSection<string> => ({
  id,
  title,
  subtitle,
  items: items.map(([itemId, itemTitle, detail, critical]): ChecklistItem<string> => {
    const item: ChecklistItem<string> = { id: `${id}.${itemId}`, title: itemTitle, detail };
    if (critical) item.critical = true;
    return item;
  }),
});

export const DEFAULT_CONFIG_ID = 'number-porting';

export function defaultConfig(): ChecklistConfig<string> {
  return {
    id: DEFAULT_CONFIG_ID,
    title: msg('Number porting checklist', {
      id: 'content.title',
      desc: 'Main heading of the checklist widget',
    }),
    description: msg('A complete guide to porting your business numbers without downtime', {
      id: 'content.description',
      desc: 'Line under the main heading',
    }),
    banner: {
      title: msg("Important: Don't cancel your old service!", {
        id: 'content.banner.title',
        desc: 'Warning banner heading at the top of the checklist',
      }),
      text: msg(
        'Keep your current phone service active until the port is complete. Cancelling too early releases your number.',
        { id: 'content.banner.text', desc: 'Warning banner text' },
      ),
    },
    sections: [
      section(
        'prep',
        msg('Pre-porting preparation', {
          id: 'content.prep.title',
          desc: 'Heading of a checklist section',
        }),
        msg('Complete these before starting the port request', {
          id: 'content.prep.subtitle',
          desc: 'Line under a checklist section heading',
        }),
        [
          [
            'account-info',
            msg('Gather current carrier account information', {
              id: 'content.prep.account-info.title',
              desc: 'Title of a checklist item',
            }),
            msg('Account number, PIN, and the authorized user name exactly as it appears on the bill', {
              id: 'content.prep.account-info.detail',
              desc: 'Explanation under a checklist item',
            }),
            true,
          ],
          [
            'recent-bill',
            msg('Obtain a recent phone bill (last 30 days)', {
              id: 'content.prep.recent-bill.title',
              desc: 'Title of a checklist item',
            }),
            msg('It shows the billing address and account details needed for verification', {
              id: 'content.prep.recent-bill.detail',
              desc: 'Explanation under a checklist item',
            }),
            true,
          ],
          [
            'service-address',
            msg('Verify the service address matches', {
              id: 'content.prep.service-address.title',
              desc: 'Title of a checklist item',
            }),
            msg('The address on file must match exactly, including suite or unit numbers', {
              id: 'content.prep.service-address.detail',
              desc: 'Explanation under a checklist item',
            }),
            true,
          ],
          [
            'contract',
            msg('Check for contract obligations', {
              id: 'content.prep.contract.title',
              desc: 'Title of a checklist item',
            }),
            msg('Early termination fees may apply; review your current agreement', {
              id: 'content.prep.contract.detail',
              desc: 'Explanation under a checklist item',
            }),
          ],
          [
            'number-inventory',
            msg('Document all numbers to port', {
              id: 'content.prep.number-inventory.title',
              desc: 'Title of a checklist item',
            }),
            msg('Main lines, fax lines, toll-free numbers: list everything', {
              id: 'content.prep.number-inventory.detail',
              desc: 'Explanation under a checklist item',
            }),
          ],
          [
            'number-type',
            msg('Identify the number type (landline, VoIP, wireless)', {
              id: 'content.prep.number-type.title',
              desc: 'Title of a checklist item',
            }),
            msg('Different number types have different porting requirements', {
              id: 'content.prep.number-type.detail',
              desc: 'Explanation under a checklist item',
            }),
          ],
        ],
      ),
      section(
        'loa',
        msg('Letter of Authorization (LOA)', {
          id: 'content.loa.title',
          desc: 'Heading of a checklist section',
        }),
        msg('Required documentation for the port request', {
          id: 'content.loa.subtitle',
          desc: 'Line under a checklist section heading',
        }),
        [
          [
            'download-form',
            msg('Download the LOA from your new carrier', {
              id: 'content.loa.download-form.title',
              desc: 'Title of a checklist item',
            }),
            msg('Each carrier has its own LOA form; use the correct one', {
              id: 'content.loa.download-form.detail',
              desc: 'Explanation under a checklist item',
            }),
            true,
          ],
          [
            'verify-signer',
            msg('Verify the authorized signer', {
              id: 'content.loa.verify-signer.title',
              desc: 'Title of a checklist item',
            }),
            msg('It must be signed by the account holder or an authorized contact', {
              id: 'content.loa.verify-signer.detail',
              desc: 'Explanation under a checklist item',
            }),
            true,
          ],
          [
            'required-fields',
            msg('Complete all required fields', {
              id: 'content.loa.required-fields.title',
              desc: 'Title of a checklist item',
            }),
            msg('Leave no blanks: incomplete LOAs are rejected', {
              id: 'content.loa.required-fields.detail',
              desc: 'Explanation under a checklist item',
            }),
            true,
          ],
          [
            'sign-date',
            msg('Sign and date the LOA', {
              id: 'content.loa.sign-date.title',
              desc: 'Title of a checklist item',
            }),
            msg('The signature must match the authorized user on the account', {
              id: 'content.loa.sign-date.detail',
              desc: 'Explanation under a checklist item',
            }),
          ],
          [
            'photo-id',
            msg('Include a copy of a valid ID', {
              id: 'content.loa.photo-id.title',
              desc: 'Title of a checklist item',
            }),
            msg('Some carriers require a photo ID of the authorized signer', {
              id: 'content.loa.photo-id.detail',
              desc: 'Explanation under a checklist item',
            }),
          ],
          [
            'keep-copy',
            msg('Keep a copy for your records', {
              id: 'content.loa.keep-copy.title',
              desc: 'Title of a checklist item',
            }),
            msg('Store it digitally for easy reference if issues arise', {
              id: 'content.loa.keep-copy.detail',
              desc: 'Explanation under a checklist item',
            }),
          ],
        ],
      ),
      section(
        'timing',
        msg('Timing and coordination', {
          id: 'content.timing.title',
          desc: 'Heading of a checklist section',
        }),
        msg('Plan the port to minimize disruption', {
          id: 'content.timing.subtitle',
          desc: 'Line under a checklist section heading',
        }),
        [
          [
            'low-traffic',
            msg('Request the port during a low-traffic period', {
              id: 'content.timing.low-traffic.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              'Many providers switch numbers over at a fixed time you cannot choose; where you can, avoid Monday mornings and month-end and aim for mid-week',
              { id: 'content.timing.low-traffic.detail', desc: 'Explanation under a checklist item' },
            ),
          ],
          [
            'lead-time',
            msg('Allow adequate lead time', {
              id: 'content.timing.lead-time.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              'Simple ports: 1–2 weeks · complex or multi-line: 2–4 weeks · toll-free: 1–4 weeks · large projects: 3–6 weeks. Each rejection adds 1–2 weeks',
              { id: 'content.timing.lead-time.detail', desc: 'Explanation under a checklist item' },
            ),
            true,
          ],
          [
            'notify',
            msg('Notify stakeholders of the timeline', {
              id: 'content.timing.notify.title',
              desc: 'Title of a checklist item',
            }),
            msg('Let your team know when a brief service interruption may occur', {
              id: 'content.timing.notify.detail',
              desc: 'Explanation under a checklist item',
            }),
          ],
          [
            'forwarding',
            msg('Set up temporary forwarding (if possible)', {
              id: 'content.timing.forwarding.title',
              desc: 'Title of a checklist item',
            }),
            msg('Some carriers allow call forwarding during the transition', {
              id: 'content.timing.forwarding.detail',
              desc: 'Explanation under a checklist item',
            }),
          ],
          [
            'go-live',
            msg('Schedule go-live during business hours', {
              id: 'content.timing.go-live.title',
              desc: 'Title of a checklist item',
            }),
            msg('So you can test immediately and resolve issues quickly', {
              id: 'content.timing.go-live.detail',
              desc: 'Explanation under a checklist item',
            }),
          ],
        ],
      ),
      section(
        'tech',
        msg('Technical setup', { id: 'content.tech.title', desc: 'Heading of a checklist section' }),
        msg('Prepare your new system before the port completes', {
          id: 'content.tech.subtitle',
          desc: 'Line under a checklist section heading',
        }),
        [
          [
            'configure-system',
            msg('Configure the new phone system or VoIP service', {
              id: 'content.tech.configure-system.title',
              desc: 'Title of a checklist item',
            }),
            msg('Set up users, extensions and voicemail before the port completes', {
              id: 'content.tech.configure-system.detail',
              desc: 'Explanation under a checklist item',
            }),
            true,
          ],
          [
            'temp-numbers',
            msg('Test with temporary numbers', {
              id: 'content.tech.temp-numbers.title',
              desc: 'Title of a checklist item',
            }),
            msg('Make test calls to verify the system works before porting', {
              id: 'content.tech.temp-numbers.detail',
              desc: 'Explanation under a checklist item',
            }),
          ],
          [
            'call-routing',
            msg('Configure call routing rules', {
              id: 'content.tech.call-routing.title',
              desc: 'Title of a checklist item',
            }),
            msg('IVR, ring groups and after-hours routing should be ready', {
              id: 'content.tech.call-routing.detail',
              desc: 'Explanation under a checklist item',
            }),
          ],
          [
            'voicemail-greetings',
            msg('Set up voicemail greetings', {
              id: 'content.tech.voicemail-greetings.title',
              desc: 'Title of a checklist item',
            }),
            msg('Record professional greetings for all mailboxes', {
              id: 'content.tech.voicemail-greetings.detail',
              desc: 'Explanation under a checklist item',
            }),
          ],
          [
            'e911',
            msg('Configure the 911/E911 address', {
              id: 'content.tech.e911.title',
              desc: 'Title of a checklist item',
            }),
            msg('Critical for emergency services: verify the address is correct', {
              id: 'content.tech.e911.detail',
              desc: 'Explanation under a checklist item',
            }),
            true,
          ],
          [
            'devices',
            msg('Install and configure desk phones or softphones', {
              id: 'content.tech.devices.title',
              desc: 'Title of a checklist item',
            }),
            msg('Hardware should be ready before go-live', {
              id: 'content.tech.devices.detail',
              desc: 'Explanation under a checklist item',
            }),
          ],
        ],
      ),
      section(
        'verify',
        msg('Post-port verification', {
          id: 'content.verify.title',
          desc: 'Heading of a checklist section',
        }),
        msg('Verify everything works after the port completes', {
          id: 'content.verify.subtitle',
          desc: 'Line under a checklist section heading',
        }),
        [
          [
            'inbound',
            msg('Make test inbound calls', {
              id: 'content.verify.inbound.title',
              desc: 'Title of a checklist item',
            }),
            msg('Call from a mobile or external line to verify calls route correctly', {
              id: 'content.verify.inbound.detail',
              desc: 'Explanation under a checklist item',
            }),
            true,
          ],
          [
            'outbound',
            msg('Make test outbound calls', {
              id: 'content.verify.outbound.title',
              desc: 'Title of a checklist item',
            }),
            msg('Verify caller ID displays correctly on outbound calls', {
              id: 'content.verify.outbound.detail',
              desc: 'Explanation under a checklist item',
            }),
            true,
          ],
          [
            'voicemail',
            msg('Test voicemail', {
              id: 'content.verify.voicemail.title',
              desc: 'Title of a checklist item',
            }),
            msg('Leave messages and retrieve them to confirm it works', {
              id: 'content.verify.voicemail.detail',
              desc: 'Explanation under a checklist item',
            }),
          ],
          [
            'fax',
            msg('Verify fax lines (if applicable)', {
              id: 'content.verify.fax.title',
              desc: 'Title of a checklist item',
            }),
            msg('Send and receive test faxes', {
              id: 'content.verify.fax.detail',
              desc: 'Explanation under a checklist item',
            }),
          ],
          [
            'call-quality',
            msg('Check call quality', {
              id: 'content.verify.call-quality.title',
              desc: 'Title of a checklist item',
            }),
            msg('Listen for echo, latency or audio issues', {
              id: 'content.verify.call-quality.detail',
              desc: 'Explanation under a checklist item',
            }),
          ],
          [
            'cancel-old',
            msg('Confirm the old service is cancelled', {
              id: 'content.verify.cancel-old.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              'Only once every number has ported: confirm with your previous carrier, to avoid double billing',
              { id: 'content.verify.cancel-old.detail', desc: 'Explanation under a checklist item' },
            ),
          ],
          [
            'marketing',
            msg('Update marketing materials', {
              id: 'content.verify.marketing.title',
              desc: 'Title of a checklist item',
            }),
            msg('If a number changed, update your website, business cards and ads', {
              id: 'content.verify.marketing.detail',
              desc: 'Explanation under a checklist item',
            }),
          ],
        ],
      ),
    ],
    pitfalls: {
      title: msg('Common porting pitfalls to avoid', {
        id: 'content.pitfalls.title',
        desc: 'Heading of the list of common porting mistakes',
      }),
      items: [
        {
          title: msg('Wrong account name', {
            id: 'content.pitfalls.account-name.title',
            desc: 'Pitfall name',
          }),
          text: msg('The name must match exactly as it appears on the bill.', {
            id: 'content.pitfalls.account-name.text',
            desc: 'Pitfall explanation',
          }),
        },
        {
          title: msg('Missing or incorrect PIN', { id: 'content.pitfalls.pin.title', desc: 'Pitfall name' }),
          text: msg("Contact your current carrier if you don't know your PIN.", {
            id: 'content.pitfalls.pin.text',
            desc: 'Pitfall explanation',
          }),
        },
        {
          title: msg('Pending orders', { id: 'content.pitfalls.pending-orders.title', desc: 'Pitfall name' }),
          text: msg('Cancel all pending changes with your current carrier before porting.', {
            id: 'content.pitfalls.pending-orders.text',
            desc: 'Pitfall explanation',
          }),
        },
        {
          title: msg('Contract restrictions', {
            id: 'content.pitfalls.contract.title',
            desc: 'Pitfall name',
          }),
          text: msg("Some numbers can't be ported during an active contract period.", {
            id: 'content.pitfalls.contract.text',
            desc: 'Pitfall explanation',
          }),
        },
      ],
    },
    cta: {
      title: msg('Manage your ported numbers with CallTracker', {
        id: 'content.cta.title',
        desc: 'Heading of the call to action; CallTracker is a product name',
      }),
      text: msg('Track calls, attribute leads to campaigns and get insights on every ported number.', {
        id: 'content.cta.text',
        desc: 'Sentence of the call to action',
      }),
      label: msg('Try CallTracker', {
        id: 'content.cta.label',
        desc: 'Link text of the call to action; CallTracker is a product name',
      }),
      href: 'https://calltracker.dev/',
    },
  };
}
