import { msg } from '@lit/localize';
import type {
  ChecklistCondition,
  ChecklistConfig,
  ChecklistItem,
  ChecklistSection,
} from '../config/types.js';

// The bundled checklist: the generic set, which holds everywhere and makes no country's claim; the region
// presets (regions/) change what differs by country. Its steps follow a port's course, corrected and completed
// against vendor and regulator pages (shared/guides/content-review.md): every item's sources are in sources.ts,
// listed in docs/sources.md. Built on demand so that every string comes from the active locale. Ids are public
// API (stored progress, events): an item whose meaning stays keeps its id; a new step gets a new one.

type ItemArgs = [id: string, title: string, detail: string, critical?: boolean, when?: ChecklistCondition];

// When steps apply, by the answers to the setup questions (questions.ts): a question not answered shows them.
/** More than one number: inventory, types and mapping. */
export const MANY_NUMBERS: ChecklistCondition = { count: ['2-20', '21+'] };
/** The numbers take texts, or nobody knows yet. */
export const TEXTING: ChecklistCondition = { texting: ['yes', 'unsure'] };

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
  items: items.map(([itemId, itemTitle, detail, critical, when]): ChecklistItem<string> => {
    const item: ChecklistItem<string> = { id: `${id}.${itemId}`, title: itemTitle, detail };
    if (critical) item.critical = true;
    if (when) item.when = when;
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
        msg('Prepare', { id: 'content.prep.title', desc: 'Heading of a checklist section' }),
        msg('Gather what the port request needs, before you order', {
          id: 'content.prep.subtitle',
          desc: 'Line under a checklist section heading',
        }),
        [
          [
            'account-info',
            msg('Gather your account details', {
              id: 'content.prep.account-info.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              "Account number, the account holder's name, and any account PIN or passcode, exactly as your current provider has them on record.",
              { id: 'content.prep.account-info.detail', desc: 'Explanation under a checklist item' },
            ),
            true,
          ],
          [
            'csr',
            msg('Ask for the record your provider will check', {
              id: 'content.prep.csr.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              "The current provider's own record of the account (holder, service address, every number) can differ from the bill. Fill in the port request from it.",
              { id: 'content.prep.csr.detail', desc: 'Explanation under a checklist item' },
            ),
            true,
          ],
          [
            'recent-bill',
            msg('Get a recent bill (under 30 days old)', {
              id: 'content.prep.recent-bill.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              "It shows the numbers are yours. If the bill doesn't list them, a screenshot of the provider's online account or its record of the account will do.",
              { id: 'content.prep.recent-bill.detail', desc: 'Explanation under a checklist item' },
            ),
            true,
          ],
          [
            'service-address',
            msg('Check the service address', {
              id: 'content.prep.service-address.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              'The address where the line is installed, not the billing address, must match the record exactly, floor and suite included.',
              { id: 'content.prep.service-address.detail', desc: 'Explanation under a checklist item' },
            ),
            true,
          ],
          [
            'number-inventory',
            msg('List every number and what it does', {
              id: 'content.prep.number-inventory.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              'Main lines, direct dials, fax, alarm and lift lines, toll-free numbers: note the account and the site of each.',
              { id: 'content.prep.number-inventory.detail', desc: 'Explanation under a checklist item' },
            ),
            false,
            MANY_NUMBERS,
          ],
          [
            'portability',
            msg('Check that every number can be ported', {
              id: 'content.prep.portability.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              "Ask the new provider to check each number before you order. One number that can't move can hold up the whole order.",
              { id: 'content.prep.portability.detail', desc: 'Explanation under a checklist item' },
            ),
            true,
          ],
          [
            'number-type',
            msg('Note the type of each number', {
              id: 'content.prep.number-type.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              'Landline, VoIP, mobile and toll-free numbers need different details and are often ported in separate requests.',
              { id: 'content.prep.number-type.detail', desc: 'Explanation under a checklist item' },
            ),
            false,
            MANY_NUMBERS,
          ],
          [
            'partial',
            msg('Decide: all numbers of the account, or only some', {
              id: 'content.prep.partial.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              'Moving only some numbers is a partial port: the account that stays needs a new main number, and lines such as broadband, alarm or fax must be kept or moved on purpose.',
              { id: 'content.prep.partial.detail', desc: 'Explanation under a checklist item' },
            ),
            true,
            { scope: 'partial' },
          ],
          [
            'blockers',
            msg('Clear what blocks a port', {
              id: 'content.prep.blockers.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              'Finish or cancel pending orders, lift any account freeze or number lock, and remove features such as call forwarding or hunt groups from the old lines.',
              { id: 'content.prep.blockers.detail', desc: 'Explanation under a checklist item' },
            ),
            true,
          ],
          [
            'mobile-code',
            msg('Mobile numbers: get the porting code', {
              id: 'content.prep.mobile-code.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              'Mobile providers issue a separate code or PIN for porting, sometimes one per line, and it expires. Ask for it shortly before you order.',
              { id: 'content.prep.mobile-code.detail', desc: 'Explanation under a checklist item' },
            ),
            false,
            { types: 'mobile' },
          ],
          [
            'contract',
            msg("Check your contract's end date and fees", {
              id: 'content.prep.contract.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              'In many countries an active contract cannot stop a port, but fees for ending it early may still be due. Note the notice period.',
              { id: 'content.prep.contract.detail', desc: 'Explanation under a checklist item' },
            ),
          ],
        ],
      ),
      section(
        'loa',
        msg('Authorize the port', { id: 'content.loa.title', desc: 'Heading of a checklist section' }),
        msg('The signed request that your new provider sends', {
          id: 'content.loa.subtitle',
          desc: 'Line under a checklist section heading',
        }),
        [
          [
            'download-form',
            msg("Use the new provider's authorization form", {
              id: 'content.loa.download-form.title',
              desc: 'Title of a checklist item; the form is the Letter of Authorization (LOA)',
            }),
            msg(
              'Usually an online Letter of Authorization (LOA) that you fill in and sign electronically. Use the one your new provider gives you.',
              { id: 'content.loa.download-form.detail', desc: 'Explanation under a checklist item' },
            ),
            true,
          ],
          [
            'verify-signer',
            msg('Check who may sign', {
              id: 'content.loa.verify-signer.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              'The account holder or a person authorized on the account signs; for a company, someone entitled to sign for it.',
              { id: 'content.loa.verify-signer.detail', desc: 'Explanation under a checklist item' },
            ),
            true,
          ],
          [
            'required-fields',
            msg('Fill in every field as on the record', {
              id: 'content.loa.required-fields.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              "Names, address and numbers exactly as on the provider's record. A blank field or a mismatch gets the request rejected.",
              { id: 'content.loa.required-fields.detail', desc: 'Explanation under a checklist item' },
            ),
            true,
          ],
          [
            'sign-date',
            msg('Sign and date it, and sign again if it gets old', {
              id: 'content.loa.sign-date.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              'An authorization is accepted for a limited time, often 30 to 90 days. If the port slips, sign a new one.',
              { id: 'content.loa.sign-date.detail', desc: 'Explanation under a checklist item' },
            ),
          ],
          [
            'photo-id',
            msg('Add the documents your country asks for', {
              id: 'content.loa.photo-id.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              'Some countries and providers ask for an ID or a company registration extract. Your new provider tells you which.',
              { id: 'content.loa.photo-id.detail', desc: 'Explanation under a checklist item' },
            ),
          ],
          [
            'one-request',
            msg('Send one request per provider and account', {
              id: 'content.loa.one-request.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              'Numbers from different providers, accounts or number types in one request get it rejected or delayed.',
              { id: 'content.loa.one-request.detail', desc: 'Explanation under a checklist item' },
            ),
          ],
          [
            'keep-copy',
            msg('Keep copies of everything', {
              id: 'content.loa.keep-copy.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              'The signed form, the bill and the order confirmation, so a question can be answered at once.',
              {
                id: 'content.loa.keep-copy.detail',
                desc: 'Explanation under a checklist item',
              },
            ),
          ],
          [
            'rejections',
            msg('Answer a rejection the same day', {
              id: 'content.loa.rejections.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              'A rejection says what did not match. Fix it and resubmit at once: each rejection adds days, and some providers cancel an order left unanswered for two weeks.',
              { id: 'content.loa.rejections.detail', desc: 'Explanation under a checklist item' },
            ),
            true,
          ],
        ],
      ),
      section(
        'timing',
        msg('Schedule', { id: 'content.timing.title', desc: 'Heading of a checklist section' }),
        msg('Agree on the port date and plan around it', {
          id: 'content.timing.subtitle',
          desc: 'Line under a checklist section heading',
        }),
        [
          [
            'lead-time',
            msg('Plan enough lead time', {
              id: 'content.timing.lead-time.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              'Simple ports: 1–2 weeks. Complex ports or many numbers: 2–4 weeks. Toll-free: 1–4 weeks. Large projects: 3–6 weeks. Each rejection adds 1–2 weeks.',
              { id: 'content.timing.lead-time.detail', desc: 'Explanation under a checklist item' },
            ),
            true,
          ],
          [
            'port-date',
            msg('Get the port date confirmed in writing', {
              id: 'content.timing.port-date.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              'Once the current provider accepts, your new provider confirms the date. Plan the switch, the team and the tests around that date.',
              { id: 'content.timing.port-date.detail', desc: 'Explanation under a checklist item' },
            ),
            true,
          ],
          [
            'keep-date',
            msg("Don't move the date in the last two days", {
              id: 'content.timing.keep-date.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              'Changes within 48 hours of the confirmed date may not reach the old provider in time, and some still switch the numbers on the original day.',
              { id: 'content.timing.keep-date.detail', desc: 'Explanation under a checklist item' },
            ),
            true,
          ],
          [
            'go-live',
            msg('Know when the numbers switch, and be ready', {
              id: 'content.timing.go-live.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              'Providers usually switch numbers at a set time that you cannot choose. Ask when, and have someone ready to test then.',
              { id: 'content.timing.go-live.detail', desc: 'Explanation under a checklist item' },
            ),
          ],
          [
            'notify',
            msg('Tell your team when it happens', {
              id: 'content.timing.notify.title',
              desc: 'Title of a checklist item',
            }),
            msg('When the switch is, what might briefly not work, and whom to call if calls stop.', {
              id: 'content.timing.notify.detail',
              desc: 'Explanation under a checklist item',
            }),
          ],
          [
            'forwarding',
            msg('Plan a fallback for calls', {
              id: 'content.timing.forwarding.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              'Ask the new provider for a temporary number to forward calls to if something goes wrong. Remove forwarding from the old lines before the port: it can block it.',
              { id: 'content.timing.forwarding.detail', desc: 'Explanation under a checklist item' },
            ),
          ],
        ],
      ),
      section(
        'tech',
        msg('Set up the new service', { id: 'content.tech.title', desc: 'Heading of a checklist section' }),
        msg('Ready before the numbers arrive', {
          id: 'content.tech.subtitle',
          desc: 'Line under a checklist section heading',
        }),
        [
          [
            'configure-system',
            msg('Set up the new phone system before the port date', {
              id: 'content.tech.configure-system.title',
              desc: 'Title of a checklist item',
            }),
            msg('Users, extensions and voicemail ready, so calls work the moment the numbers arrive.', {
              id: 'content.tech.configure-system.detail',
              desc: 'Explanation under a checklist item',
            }),
            true,
          ],
          [
            'temp-numbers',
            msg('Test the new system with temporary numbers', {
              id: 'content.tech.temp-numbers.title',
              desc: 'Title of a checklist item',
            }),
            msg('Make test calls in and out before the port, so problems show before your numbers move.', {
              id: 'content.tech.temp-numbers.detail',
              desc: 'Explanation under a checklist item',
            }),
          ],
          [
            'call-routing',
            msg('Configure call routing', {
              id: 'content.tech.call-routing.title',
              desc: 'Title of a checklist item',
            }),
            msg('Menus (IVR), ring groups and after-hours rules, set for the numbers that are coming.', {
              id: 'content.tech.call-routing.detail',
              desc: 'Explanation under a checklist item',
            }),
          ],
          [
            'number-map',
            msg('Map each number to where it should ring', {
              id: 'content.tech.number-map.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              'List the user, extension, ring group or menu each number goes to, so the new system routes every number from the first call.',
              { id: 'content.tech.number-map.detail', desc: 'Explanation under a checklist item' },
            ),
            false,
            MANY_NUMBERS,
          ],
          [
            'voicemail-greetings',
            msg('Record voicemail greetings', {
              id: 'content.tech.voicemail-greetings.title',
              desc: 'Title of a checklist item',
            }),
            msg('For every mailbox, including the main number and after hours.', {
              id: 'content.tech.voicemail-greetings.detail',
              desc: 'Explanation under a checklist item',
            }),
          ],
          [
            'e911',
            msg("Register each site's emergency address", {
              id: 'content.tech.e911.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              "Emergency calls from internet phones are located by the address you register. Give every number its site's full address, floor and suite included.",
              { id: 'content.tech.e911.detail', desc: 'Explanation under a checklist item' },
            ),
            true,
          ],
          [
            'e911-sites',
            msg('Update emergency addresses when phones move between sites', {
              id: 'content.tech.e911-sites.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              'A desk phone or softphone taken to another site keeps the address registered for it: change the address, or an emergency call is sent to the wrong place.',
              { id: 'content.tech.e911-sites.detail', desc: 'Explanation under a checklist item' },
            ),
            false,
            { sites: 'several' },
          ],
          [
            'sms-check',
            msg('Find out whether the numbers take texts', {
              id: 'content.tech.sms-check.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              "Ask your team and check the current provider's bill or portal. Texting moves separately from calls: if nobody sets it up, texts to these numbers stop arriving.",
              { id: 'content.tech.sms-check.detail', desc: 'Explanation under a checklist item' },
            ),
            false,
            { texting: 'unsure' },
          ],
          [
            'sms',
            msg('Move texting (SMS) too', {
              id: 'content.tech.sms.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              'Texts are often ported separately from calls and can follow hours or days later. Ask the new provider to enable texting on the ported numbers.',
              { id: 'content.tech.sms.detail', desc: 'Explanation under a checklist item' },
            ),
            false,
            TEXTING,
          ],
          [
            'devices',
            msg('Set up desk phones and softphones', {
              id: 'content.tech.devices.title',
              desc: 'Title of a checklist item',
            }),
            msg('Phones and apps installed and signed in before the port date.', {
              id: 'content.tech.devices.detail',
              desc: 'Explanation under a checklist item',
            }),
          ],
        ],
      ),
      section(
        'verify',
        msg('Cut over and verify', { id: 'content.verify.title', desc: 'Heading of a checklist section' }),
        msg('On the port date, test every number', {
          id: 'content.verify.subtitle',
          desc: 'Line under a checklist section heading',
        }),
        [
          [
            'inbound',
            msg('Test incoming calls to every number', {
              id: 'content.verify.inbound.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              'Call each number from a mobile and from a landline on other networks: a routing error can show up from some networks only.',
              { id: 'content.verify.inbound.detail', desc: 'Explanation under a checklist item' },
            ),
            true,
          ],
          [
            'outbound',
            msg('Test outgoing calls and caller ID', {
              id: 'content.verify.outbound.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              'Check that the right number shows when you call out. The caller name may need updating separately.',
              { id: 'content.verify.outbound.detail', desc: 'Explanation under a checklist item' },
            ),
            true,
          ],
          [
            'texts',
            msg('Test texts both ways', {
              id: 'content.verify.texts.title',
              desc: 'Title of a checklist item',
            }),
            msg('Send a text to and from each number that takes texts.', {
              id: 'content.verify.texts.detail',
              desc: 'Explanation under a checklist item',
            }),
            false,
            TEXTING,
          ],
          [
            'voicemail',
            msg('Test voicemail', {
              id: 'content.verify.voicemail.title',
              desc: 'Title of a checklist item',
            }),
            msg('Leave a message and retrieve it.', {
              id: 'content.verify.voicemail.detail',
              desc: 'Explanation under a checklist item',
            }),
          ],
          [
            'fax',
            msg('Test fax lines, if you have any', {
              id: 'content.verify.fax.title',
              desc: 'Title of a checklist item',
            }),
            msg('Send and receive a test fax.', {
              id: 'content.verify.fax.detail',
              desc: 'Explanation under a checklist item',
            }),
            false,
            { types: 'fax-alarm-dsl' },
          ],
          [
            'call-quality',
            msg('Check call quality', {
              id: 'content.verify.call-quality.title',
              desc: 'Title of a checklist item',
            }),
            msg('Listen for echo, delay or choppy audio.', {
              id: 'content.verify.call-quality.detail',
              desc: 'Explanation under a checklist item',
            }),
          ],
          [
            'cancel-old',
            msg('Cancel the old service only when every number works', {
              id: 'content.verify.cancel-old.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              'A port moves only the numbers. Once every number is confirmed ported, cancel the rest of the old account yourself.',
              { id: 'content.verify.cancel-old.detail', desc: 'Explanation under a checklist item' },
            ),
            true,
          ],
        ],
      ),
      section(
        'after',
        msg('After the port', { id: 'content.after.title', desc: 'Heading of a checklist section' }),
        msg('Protect the numbers and close the old account', {
          id: 'content.after.subtitle',
          desc: 'Line under a checklist section heading',
        }),
        [
          [
            'port-out-lock',
            msg('Lock the numbers at the new provider', {
              id: 'content.after.port-out-lock.title',
              desc: 'Title of a checklist item',
            }),
            msg('Set a port-out PIN or account lock, so nobody can move your numbers away without you.', {
              id: 'content.after.port-out-lock.detail',
              desc: 'Explanation under a checklist item',
            }),
          ],
          [
            'listings',
            msg('Replace temporary numbers everywhere', {
              id: 'content.after.listings.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              'Ads, business listings, your website and call tracking: wherever a temporary number stood in, put the ported number back.',
              { id: 'content.after.listings.detail', desc: 'Explanation under a checklist item' },
            ),
          ],
          [
            'final-bill',
            msg("Check the old provider's final bill", {
              id: 'content.after.final-bill.title',
              desc: 'Title of a checklist item',
            }),
            msg('Look for charges after the port date and any early-termination fees.', {
              id: 'content.after.final-bill.detail',
              desc: 'Explanation under a checklist item',
            }),
          ],
          [
            'escalate',
            msg('Know where to turn if the port is blocked', {
              id: 'content.after.escalate.title',
              desc: 'Title of a checklist item',
            }),
            msg(
              'Complain to the old provider in writing first; if it still delays or refuses, your telecoms regulator can step in.',
              { id: 'content.after.escalate.detail', desc: 'Explanation under a checklist item' },
            ),
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
          title: msg("Details that don't match the record", {
            id: 'content.pitfalls.account-name.title',
            desc: 'Pitfall name',
          }),
          text: msg(
            "Name, address or account number differ from the current provider's record, not just the bill.",
            {
              id: 'content.pitfalls.account-name.text',
              desc: 'Pitfall explanation',
            },
          ),
        },
        {
          title: msg('A missing or expired PIN or code', {
            id: 'content.pitfalls.pin.title',
            desc: 'Pitfall name',
          }),
          text: msg(
            'Ask your current provider for it, and for mobile numbers request the porting code shortly before you order.',
            {
              id: 'content.pitfalls.pin.text',
              desc: 'Pitfall explanation',
            },
          ),
        },
        {
          title: msg('Open orders or a locked account', {
            id: 'content.pitfalls.pending-orders.title',
            desc: 'Pitfall name',
          }),
          text: msg('Finish or cancel pending changes and lift any freeze before you order.', {
            id: 'content.pitfalls.pending-orders.text',
            desc: 'Pitfall explanation',
          }),
        },
        {
          title: msg('Moving the date at the last minute', {
            id: 'content.pitfalls.date-change.title',
            desc: 'Pitfall name',
          }),
          text: msg(
            'A change close to the confirmed date can leave the numbers switched with no one ready.',
            {
              id: 'content.pitfalls.date-change.text',
              desc: 'Pitfall explanation',
            },
          ),
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
