// When each step of the bundled checklist is due, in working days from the port date (the port-date planner,
// issue 16): negative before it, 0 on the day, positive after it. Data, loaded with the planner's chunk, never
// with the entry. The sources are in sources.ts under `due` (and `de:due`), from shared/guides/porting-domain.md
// §1–§3 and content-review.md; the plan is built backwards from the day the order goes in:
//
// - The order (with the signed authorization and a bill under 30 days old) goes in 10 working days before the
//   port date: vendors quote 7–10 working days for a simple port (8x8), 3–5 (Dialpad), 7–21 (Zoom), and the FOC
//   date comes back days after a clean order (Bandwidth). Germany: a landline port is ordered about 15 working
//   days ahead (Schnell), so there the order step is due then.
// - What the order needs is gathered a week before it (15 working days before the port date); the signing
//   details a few days before it. A mobile porting code is asked for with the order: US transfer PINs expire in
//   4–14 days (Gigs), a UK PAC in 30 days (Ofcom).
// - Texting is ordered with the voice port (it is a port of its own: Telnyx, Twilio), US 10DLC registration and a
//   toll-free RespOrg change a week before that, as they take days to weeks (Twilio, Somos).
// - The FOC date is confirmed a week before the port; it is not moved within 48 hours of it (Telnyx, Bandwidth):
//   the "keep the date" step is due 2 working days before.
// - The new system is configured and tested (temporary numbers, routing, emergency addresses) before the port
//   date (Aircall, CallTrackingMetrics, 8x8): a week, then 3 days before.
// - On the day: the tests. The old service is cancelled once every number works, texts included, which can lag
//   up to 2–3 business days (Aircall, RingCentral): 3 working days after. Then the lock, the listings and the
//   final bill (the next billing cycle, about a month later).
// - Rejections and escalation have no date: they happen, or not.
import type { RegionId } from './region.js';

/** Working days from the port date, by bundled step id (presets' added steps included). */
export const BUNDLED_DUE: Readonly<Record<string, number>> = {
  'prep.account-info': -15,
  'prep.csr': -15,
  'prep.recent-bill': -10,
  'prep.service-address': -15,
  'prep.number-inventory': -15,
  'prep.portability': -15,
  'prep.number-type': -15,
  'prep.resporg': -15,
  'prep.partial': -15,
  'prep.blockers': -15,
  'prep.mobile-code': -10,
  'prep.contract': -15,
  'loa.download-form': -12,
  'loa.verify-signer': -12,
  'loa.required-fields': -10,
  'loa.sign-date': -10,
  'loa.photo-id': -10,
  'loa.one-request': -10,
  'loa.keep-copy': -10,
  'timing.lead-time': -10,
  'timing.port-date': -5,
  'timing.keep-date': -2,
  'timing.go-live': -1,
  'timing.notify': -2,
  'timing.forwarding': -1,
  'tech.configure-system': -5,
  'tech.temp-numbers': -5,
  'tech.call-routing': -3,
  'tech.number-map': -3,
  'tech.voicemail-greetings': -3,
  'tech.e911': -3,
  'tech.e911-sites': -3,
  'tech.sms-check': -10,
  'tech.sms': -10,
  'tech.10dlc': -15,
  'tech.devices': -3,
  'verify.inbound': 0,
  'verify.outbound': 0,
  'verify.texts': 0,
  'verify.voicemail': 0,
  'verify.fax': 0,
  'verify.call-quality': 0,
  'verify.cancel-old': 3,
  'after.port-out-lock': 1,
  'after.listings': 10,
  'after.final-bill': 25,
};

/** The order's day: 10 working days before the port date. */
export const ORDER_DAY = -10;

/**
 * What a country preset moves: in Germany the order goes in about 15 working days ahead, not 10, so every step
 * due by the order is due 5 working days earlier.
 */
export const ORDER_SHIFT: Readonly<Partial<Record<RegionId, number>>> = { de: -5 };

/** The working days from the port date of a bundled step in `region` (`null`: generic); undefined: no date. */
export function bundledDue(id: string, region: RegionId | null): number | undefined {
  const days = BUNDLED_DUE[id];
  if (days === undefined || days > ORDER_DAY || !region) return days;
  return days + (ORDER_SHIFT[region] ?? 0);
}
