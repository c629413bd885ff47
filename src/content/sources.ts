// Where each claim of the bundled content comes from: content id → the vendor or regulator pages behind it.
// Ids are item ids (`prep.csr`), `banner`, `pitfalls.<name>`, and `<region>:<item id>` for what a country
// preset changes or adds. Data for maintainers, never shown to visitors and never imported by the widget:
// scripts/sources-table.mjs lists it in docs/sources.md, and test/sources.test.ts checks that every bundled
// item and every preset change has a source. Most pages were gathered in shared/guides/ (porting-domain.md,
// content-review.md), with the claims they back.

const FCC_GUIDE =
  'https://www.fcc.gov/consumers/guides/keeping-your-telephone-number-when-changing-service-providers';
const FCC_1DAY = 'https://regulations.vlex.com/vid/portability-porting-interval-validation-209415767';
const FCC_SIMSWAP = 'https://regulations.justia.com/regulations/fedreg/2023/12/08/2023-26338.html';
const TNX_REQ = 'https://support.telnyx.com/en/articles/6460777-porting-requirements';
const TNX_BP = 'https://support.telnyx.com/en/articles/2030770-port-in-best-practices';
const TNX_POL = 'https://support.telnyx.com/en/articles/1130630-porting-policy-procedure';
const TNX_MSG = 'https://developers.telnyx.com/docs/numbers/porting/messaging-porting';
const TNX_QUICK = 'https://developers.telnyx.com/docs/numbers/porting/quickstart/index';
const TW_PORT_IN = 'https://twilio.com/docs/phone-numbers/port-in';
const TW_REJ = 'https://support.twilio.com/hc/en-us/articles/223131927';
const TW_WHAT = 'https://support.twilio.com/hc/en-us/articles/223179428';
const TW_HOW =
  'https://support.twilio.com/hc/en-us/articles/223179468-How-long-does-it-take-to-port-a-US-number-to-Twilio';
const TW_TF = 'https://support.twilio.com/hc/en-us/articles/223131767';
const ZM_US =
  'https://library.zoom.com/zoom-workplace/zoom-phone/number-porting-and-management-field-guide/us-canada-and-puerto-rico-porting';
const RC_REQ =
  'https://success.ringcentral.co.uk/articles/en_US/RC_Knowledge_Article/Requirements-for-Number-Porting';
const RC_TF =
  'https://success.ringcentral.co.uk/articles/en_US/RC_Knowledge_Article/Number-Porting-Transfer-your-Toll-Free-Number-to-RingCentral';
const RC_CANCEL =
  'https://success.ringcentral.com/articles/RC_Knowledge_Article/Keeping-Phone-Numbers-of-Cancelled-Accounts';
const AC_FAQ = 'https://help.aircall.io/en/articles/5672598-porting-faq';
const AC_US = 'https://help.aircall.io/en/articles/7126540-us-porting-requests';
const AC_DE = 'https://help.aircall.io/en/articles/6997360-german-porting-requests';
const AC_FR = 'https://help.aircall.io/en/articles/6997361-french-porting-requests';
const AC_UK = 'https://support.aircall.io/hc/de/articles/10375553004317';
const AC_INTL = 'https://support.aircall.io/en-gb/articles/29370646212765';
const DP_FAQ = 'https://help.dialpad.com/v1/docs/en/porting-faqs';
const EIGHT_PORT = 'https://docs.8x8.com/8x8WebHelp/admin-console/Content/Port_your_numbers.htm';
const EIGHT_ADMIN =
  'https://support-portal.8x8.com/viewArticle.html?c=1_40_65_68_163_&d=01decadb-53f5-4770-9218-1b7640735d0e';
const EIGHT_MANAGED = 'https://support.8x8.com/support-services/number-transfer/reseller-partner-porting';
const EIGHT_LARGE =
  'https://8x8.cloud.usu.com/helpcenter/viewArticle.html?c=1_40_65_68_7594_&d=24b240f2-216a-496e-abff-8524a8a52246';
const BW_FOC = 'https://www.bandwidth.com/glossary/firm-order-commitment-foc/';
const BW_BTN = 'https://support.bandwidth.com/hc/en-us/articles/204546583';
const SKYSWITCH = 'https://docs.skyswitch.com/en/articles/564-lnp-faqs';
const PRIMECALL = 'https://helpdesk.primecall.com/portal/en/kb/articles/lnp-porting-faq-s';
const NEXTIVA = 'https://www.nextiva.com/support/articles/did-you-receive-my-porting-forms.html';
const INTERMEDIA = 'https://kb.intermedia.net/Article/21209';
const INTERMEDIA_INV = 'https://kb.intermedia.net/article/48807';
const OOMA_ERRORS = 'https://support.ooma.com/home/common-porting-errors';
const ONSIP = 'https://support.onsip.com/hc/en-us/articles/205221270-Port-Rejections';
const BLUIP = 'https://support.bluip.com/hc/en-us/articles/205340160-Expectations';
const RAPIDWIRE = 'https://www.rapidwire.com/port-submission/';
const CTM_CSR = 'https://calltrackingmetrics.zendesk.com/hc/en-us/articles/17728854633741';
const CTM_BLOG =
  'https://calltrackingmetrics.com/blog/sales-service/communications/what-does-the-porting-process-look-like';
const GIGS = 'https://help.gigs.com/articles/5624814548';
const CELLT = 'https://www.cellt.net/glossary/port-out-pin';
const SOMOS_ROC = 'https://support.somos.com/hc/en-us/articles/15575397398548';
const VOICEELEM = 'https://www.voiceelements.com/docs/sip-trunking/how-to-port-in-toll-free-numbers/';
const DIDWW_CNAM = 'https://doc.didww.com/phone-numbers/my-numbers/how-to-guides/configure-cnam-out.html';
const GOTO_LOCK =
  'https://support.goto.com/connect/help/how-do-i-prevent-unauthorized-phone-number-transfers-gotoconnect-prevent-unauthorized-phone-number-transfers';
const NUMBERBARN = 'https://help.numberbarn.com/hc/en-us/articles/360022320534';
const AGENTX = 'https://agentx-astound-kb-qa.hgsdigital.com/article.php?id=173&oid=8';
const ALLEGIANT = 'https://help.allegiantnow.com/en_US/persona-connect_getting-started/making-porting-simple';
const NINE11 = 'https://www.911.gov/issues/legislation-and-policy/kari-s-law-and-ray-baum-s-act/';
const PHONECOM_10DLC =
  'https://support.phone.com/what-are-the-outbound-text-messaging-limitations-and-registration-requirements';
const BEREC = 'https://berec.europa.eu/en/all-topics/switching-providers';
const EU_112 = 'https://digital-strategy.ec.europa.eu/en/policies/112';
const OFCOM_OVERRIDE =
  'https://www.ofcom.org.uk/about-ofcom/latest/features-and-news/new-protections-stamp-out-switching-frustrations';
const OFCOM_TTS =
  'https://www.ispreview.co.uk/index.php/2019/06/ofcoms-new-text-to-switch-process-for-uk-mobile-operators-begins.html';
const BLAZE_UK = 'https://blazesms.com/docs/united-kingdom-number-porting';
const SIMWOOD = 'https://support.simwood.com/hc/en-gb/articles/5799744980508-Lead-Times';
const TTNC_999 = 'https://www.ttnc.co.uk/about-us/emergency-access';
const PTS_NP = 'https://pts.se/sv/bransch/telefoni/nummer-och-adressering/nummerportabilitet/';
const REGELRADET =
  'https://www.regelradet.se/remiss/yttrande-over-post-och-telestyrelsens-forslag-till-nya-foreskrifter-om-nummerportabilitet/';
const PTS_SWEDFONE =
  'https://www.pts.se/sv/nyheter/telefoni/2016/underrattelse-till-swedfonenet-angaende-brister-i-hantering-av-nummerportering/';
const TELEKOMRAD = 'https://telekomradgivarna.se/att-andra-avtal/nummerflytt/';
const TELAVOX = 'https://support.telavox.com/sv_SE/anvandarhantering/portering-av-svenska-nummer';
const LYNES = 'https://help.lynes.io/hc/sv/articles/9183429285277-Portera-ett-svenskt-nummer';
const BNETZA = 'https://ip-phone-forum.de/threads/portierung-rufnummer.272914/post-2035564';
const SCHNELL = 'https://app.schnell-im-netz.de/hilfe/telefonie/mitnahme-rufnummer';
const CUBEWERK = 'https://www.cubewerk.de/2016/06/24/das-1x1-der-rufnummernportierung/';
const TELTARIF =
  'https://www.teltarif.de/rufnummernportierung-bundesnetzagentur-marktbeobachtung-wirklichkeit/news/73106.html';
const MOBITALK = 'https://mobitalk.de/rufnummernmitnahme-ab-sofort-kostenlos-moeglich';

/** The ids under which the bundled pitfalls' sources are kept, in the order default-config.ts lists them. */
export const PITFALL_IDS = [
  'pitfalls.account-name',
  'pitfalls.pin',
  'pitfalls.pending-orders',
  'pitfalls.date-change',
] as const;

export const SOURCES: Readonly<Record<string, readonly string[]>> = {
  banner: [FCC_GUIDE, TELEKOMRAD],
  'prep.account-info': [TNX_REQ, AC_US, FCC_GUIDE],
  'prep.csr': [TNX_REQ, TW_REJ, CTM_CSR],
  'prep.recent-bill': [TNX_REQ, RAPIDWIRE],
  'prep.service-address': [RAPIDWIRE, TNX_REQ],
  'prep.number-inventory': [INTERMEDIA_INV, EIGHT_LARGE],
  'prep.portability': [TNX_QUICK, ZM_US, RC_REQ],
  'prep.number-type': [INTERMEDIA, TNX_POL],
  'prep.partial': [SKYSWITCH, PRIMECALL, NEXTIVA],
  'prep.blockers': [OOMA_ERRORS, EIGHT_ADMIN, ONSIP],
  'prep.mobile-code': [GIGS, AC_US],
  'prep.contract': [FCC_GUIDE, TELEKOMRAD, PTS_SWEDFONE],
  'loa.download-form': [TW_PORT_IN, ZM_US],
  'loa.verify-signer': [TNX_REQ, AC_US],
  'loa.required-fields': [TNX_REQ, TW_REJ],
  'loa.sign-date': [TNX_REQ, VOICEELEM],
  'loa.photo-id': [AC_INTL, AC_FR],
  'loa.one-request': [INTERMEDIA, TNX_POL],
  'loa.keep-copy': [TNX_BP],
  'loa.rejections': [TNX_POL, BLUIP],
  'timing.lead-time': [AC_FAQ, DP_FAQ, ZM_US, BLUIP],
  // The lead-time estimate that the setup's answers add to this step (content/estimate.ts): simple 1–2 weeks,
  // complex 2–4, toll-free 1–4, large projects 3–6; Sweden fixed ≥ 10 working days; Germany ~15 working days.
  estimate: [AC_FAQ, DP_FAQ, ZM_US, EIGHT_MANAGED, TW_TF, TELAVOX, SCHNELL],
  // The planner's offsets (content/due.ts): the order 10 working days before the port (8x8 7–10 working days,
  // Dialpad 3–5, Zoom 7–21; the FOC date after a clean order, Bandwidth); the bill and the form current at the
  // order (Telnyx); mobile codes that expire (Gigs); texting a port of its own (Telnyx); 10DLC and RespOrg
  // changes that take days to weeks (Twilio, Somos); no date change within 48 hours (Telnyx, Bandwidth); the new
  // system ready before the port (Aircall, CallTrackingMetrics, 8x8); texts that lag up to 2–3 business days
  // before the old service is cancelled (Aircall, RingCentral).
  due: [
    EIGHT_MANAGED,
    DP_FAQ,
    ZM_US,
    BW_FOC,
    TNX_REQ,
    GIGS,
    TNX_MSG,
    TW_HOW,
    SOMOS_ROC,
    TNX_BP,
    AC_FAQ,
    CTM_BLOG,
    EIGHT_PORT,
    RC_TF,
  ],
  // Germany: a landline port ordered about 15 working days ahead.
  'de:due': [SCHNELL, AC_DE],
  'timing.port-date': [BW_FOC, TNX_BP],
  'timing.keep-date': [TNX_BP],
  'timing.go-live': [ZM_US, RC_TF],
  'timing.notify': [TNX_BP],
  'timing.forwarding': [EIGHT_PORT, EIGHT_ADMIN],
  'tech.configure-system': [AC_FAQ, CTM_BLOG],
  'tech.temp-numbers': [EIGHT_PORT, ZM_US],
  'tech.call-routing': [AC_FAQ, CTM_BLOG],
  'tech.number-map': [EIGHT_LARGE, INTERMEDIA_INV],
  'tech.voicemail-greetings': [AC_FAQ],
  'tech.e911': [NINE11, EU_112],
  'tech.e911-sites': [NINE11],
  'tech.sms-check': [TNX_MSG, TW_PORT_IN],
  'tech.sms': [TNX_MSG, TW_PORT_IN],
  'tech.devices': [CTM_BLOG],
  'verify.inbound': [TNX_BP],
  'verify.outbound': [TNX_BP, DIDWW_CNAM],
  'verify.texts': [TNX_MSG],
  'verify.voicemail': [TNX_BP],
  'verify.fax': [TNX_BP],
  'verify.call-quality': [TNX_BP],
  'verify.cancel-old': [TELAVOX, TW_WHAT, RC_CANCEL, NEXTIVA],
  'after.port-out-lock': [GOTO_LOCK, FCC_SIMSWAP, NUMBERBARN],
  'after.listings': [EIGHT_PORT, CTM_BLOG],
  'after.final-bill': [AGENTX, ALLEGIANT],
  'after.escalate': [OFCOM_OVERRIDE, BEREC],
  'pitfalls.account-name': [TNX_REQ, TW_REJ],
  'pitfalls.pin': [GIGS, AC_US],
  'pitfalls.pending-orders': [ONSIP, OOMA_ERRORS],
  'pitfalls.date-change': [TNX_BP],

  'us:prep.account-info': [TNX_REQ, AC_US, BW_BTN],
  'us:prep.csr': [TNX_REQ, CTM_CSR],
  'us:prep.partial': [SKYSWITCH, PRIMECALL, BW_BTN],
  'us:prep.mobile-code': [GIGS, CELLT],
  'us:prep.contract': [FCC_GUIDE],
  'us:prep.resporg': [TNX_REQ, SOMOS_ROC],
  'us:timing.lead-time': [FCC_1DAY, FCC_GUIDE, ZM_US, DP_FAQ, TW_TF],
  'us:timing.port-date': [BW_FOC, TNX_BP],
  'us:tech.e911': [NINE11],
  'us:tech.10dlc': [TW_HOW, PHONECOM_10DLC],
  'us:after.escalate': [FCC_GUIDE],

  'gb:prep.account-info': [AC_UK, BLAZE_UK],
  'gb:prep.mobile-code': [OFCOM_TTS],
  'gb:loa.download-form': [BLAZE_UK],
  'gb:timing.lead-time': [SIMWOOD, BLAZE_UK, OFCOM_TTS],
  'gb:timing.go-live': [BLAZE_UK],
  'gb:tech.e911': [TTNC_999],
  'gb:after.escalate': [OFCOM_OVERRIDE],

  'se:prep.account-info': [LYNES],
  'se:prep.contract': [PTS_SWEDFONE, TELEKOMRAD],
  'se:loa.download-form': [LYNES, TELAVOX],
  'se:loa.verify-signer': [LYNES],
  'se:timing.lead-time': [REGELRADET, PTS_NP, TELAVOX, LYNES],
  'se:tech.e911': [EU_112],
  'se:after.escalate': [PTS_NP, TELEKOMRAD],

  'de:banner': [CUBEWERK, BNETZA],
  'de:prep.account-info': [TELTARIF],
  'de:prep.number-inventory': [AC_DE],
  'de:prep.contract': [SCHNELL, MOBITALK],
  'de:loa.download-form': [CUBEWERK, BNETZA],
  'de:loa.photo-id': [AC_DE],
  'de:timing.lead-time': [BNETZA, SCHNELL],
  'de:tech.e911': [EU_112],
  'de:after.escalate': [BNETZA],
};
