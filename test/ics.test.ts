// The planner's calendar file without a DOM: escaping, folding and triggers as tables, the whole file as exact
// text, and every file parsed again with a real iCalendar parser (ical.js), hostile texts and random ones too.
import { expect } from './chai.js';
import fc from 'fast-check';
import ICAL from 'ical.js';
import {
  alarmTrigger,
  escapeText,
  eventUid,
  foldLine,
  toIcs,
  type IcsAlarm,
  type IcsCalendar,
  type IcsEvent,
} from '../src/plan/ics.js';

const PRODID = '-//CallTracker//port-checklist 0.1.0//EN';
const STAMP = new Date('2025-06-01T10:20:30.456Z');
const encoder = new TextEncoder();
const octets = (line: string) => encoder.encode(line).length;

/** The physical lines of a file, without the CRLF that ends the last. */
function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n'), 'the file ends with CRLF').to.be.true;
  const lines = ics.slice(0, -2).split('\r\n');
  for (const line of lines) expect(line, 'no bare CR or LF').not.to.match(/[\r\n]/);
  return lines;
}

/** What a text reads as once parsed: line breaks as \n, no control characters, lone surrogates replaced. */
function asParsed(text: string): string {
  return (
    text
      .replace(/[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g, (s) => (s.length === 2 ? s : '\ufffd'))
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/\r\n?/g, '\n')
  );
}

/** Whether a text has more than spaces and tabs once parsed (else toIcs leaves it out or rejects it). */
const hasText = (text: string) => !/^[ \t]*$/.test(asParsed(text));

function parse(ics: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(ics));
}

/** Strings of any code points (fast-check's `unit: 'binary'` is slow to generate), and of any UTF-16 code units. */
const anyCodePoints = (maxLength: number) =>
  fc
    .array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength })
    .map((codes) => String.fromCodePoint(...codes));
const anyCodeUnits = (maxLength: number) =>
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength }).map((codes) => String.fromCharCode(...codes));

const calendar = (events: IcsEvent[], extra: Partial<IcsCalendar> = {}): IcsCalendar => ({
  prodId: PRODID,
  events,
  stamp: STAMP,
  ...extra,
});

describe('escapeText', () => {
  const cases: [string, string][] = [
    ['plain text', 'plain text'],
    ['', ''],
    ['a\\b', 'a\\\\b'],
    ['a;b', 'a\\;b'],
    ['a,b', 'a\\,b'],
    ['a\nb', 'a\\nb'],
    ['a\r\nb', 'a\\nb'],
    ['a\rb', 'a\\nb'],
    ['a\n\nb', 'a\\n\\nb'],
    ['a\r\n\r\nb', 'a\\n\\nb'],
    ['\\n is not a line break', '\\\\n is not a line break'],
    ['\\;,', '\\\\\\;\\,'],
    ['colon: and "quotes"', 'colon: and "quotes"'],
    ['tab\tkept', 'tab\tkept'],
    ['a\u0000b\u0008c\u000bd\u000ce\u000ef\u001fg\u007fh', 'abcdefgh'],
    ['space and NBSP\u00a0and C1\u0085kept', 'space and NBSP\u00a0and C1\u0085kept'],
    ['emoji 🎉 kept', 'emoji 🎉 kept'],
    ['lone \ud83c high', 'lone \ufffd high'],
    ['lone \udf89 low', 'lone \ufffd low'],
    ['reversed \udf89\ud83c pair', 'reversed \ufffd\ufffd pair'],
    ['END:VEVENT\nBEGIN:VEVENT', 'END:VEVENT\\nBEGIN:VEVENT'],
  ];
  for (const [input, output] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(output)}`, () => {
      expect(escapeText(input)).to.equal(output);
    });
  }
});

describe('foldLine', () => {
  const a = (n: number) => 'a'.repeat(n);
  const cases: [string, string, string[]][] = [
    ['a short line', 'SUMMARY:short', ['SUMMARY:short']],
    ['an empty line', '', ['']],
    ['75 octets: not folded', a(75), [a(75)]],
    ['76 octets: the 76th on a continuation line', a(76), [a(75), ` ${a(1)}`]],
    ['continuation lines hold 74 octets after their space', a(75 + 74 + 1), [a(75), ` ${a(74)}`, ` ${a(1)}`]],
    ['a 2-octet character that fits', `${a(73)}é`, [`${a(73)}é`]],
    ['a 2-octet character that would cross octet 75 moves whole', `${a(74)}é`, [a(74), ' é']],
    ['U+007F is 1 octet', `${a(74)}\u007f`, [`${a(74)}\u007f`]],
    ['U+0080 is 2 octets', `${a(74)}\u0080`, [a(74), ' \u0080']],
    ['U+07FF is 2 octets', `${a(73)}\u07ff`, [`${a(73)}\u07ff`]],
    ['U+0800 is 3 octets', `${a(73)}\u0800`, [a(73), ' \u0800']],
    ['U+FFFF is 3 octets', `${a(72)}\uffff`, [`${a(72)}\uffff`]],
    ['U+10000 is 4 octets', `${a(72)}\u{10000}`, [a(72), ' \u{10000}']],
    ['25 Japanese characters are 75 octets', 'あ'.repeat(25), ['あ'.repeat(25)]],
    ['the 26th moves whole', 'あ'.repeat(26), ['あ'.repeat(25), ' あ']],
    ['a 4-octet emoji is never split', `${a(72)}🎉`, [a(72), ' 🎉']],
    ['a 4-octet emoji that fits', `${a(71)}🎉b`, [`${a(71)}🎉`, ' b']],
    ['Arabic, 2 octets each', 'ب'.repeat(38), ['ب'.repeat(37), ' ب']],
  ];
  for (const [name, input, lines] of cases) {
    it(name, () => {
      expect(foldLine(input).split('\r\n')).to.deep.equal(lines);
    });
  }

  it('keeps every physical line to 75 octets and unfolds to the original, for any text', () => {
    // A content line holds no line break: escapeText turned them into \n.
    const text = fc
      .oneof(anyCodePoints(300), fc.string({ unit: 'grapheme', maxLength: 300 }), anyCodeUnits(300))
      .map((line) => line.replace(/[\r\n]/g, ''));
    fc.assert(
      fc.property(text, (line) => {
        const folded = foldLine(line);
        const lines = folded.split('\r\n');
        for (const [i, physical] of lines.entries()) {
          // A lone surrogate counts as the 3 octets of the U+FFFD it becomes.
          expect(octets(physical)).to.be.at.most(75);
          if (i > 0) expect(physical.startsWith(' ')).to.be.true;
          // No character split: a line neither starts nor ends inside a surrogate pair.
          expect(/^ ?[\udc00-\udfff]/.test(physical) && /[\ud800-\udbff]$/.test(lines[i - 1] ?? '')).to.be
            .false;
        }
        expect(folded.replace(/\r\n /g, '')).to.equal(line);
      }),
      { numRuns: 500 },
    );
  });
});

describe('alarmTrigger', () => {
  // For an all-day event the trigger is relative to the local midnight that starts its day.
  const cases: [IcsAlarm, string, number][] = [
    [{}, '-P1D', -86400],
    [{ daysBefore: 0 }, 'PT0S', 0],
    [{ daysBefore: 1 }, '-P1D', -86400],
    [{ daysBefore: 2 }, '-P2D', -2 * 86400],
    [{ daysBefore: 7 }, '-P7D', -7 * 86400],
    [{ atTime: '09:00' }, '-PT15H', -15 * 3600],
    [{ daysBefore: 1, atTime: '09:00' }, '-PT15H', -15 * 3600],
    [{ daysBefore: 1, atTime: '09:30' }, '-PT14H30M', -(14 * 3600 + 30 * 60)],
    [{ daysBefore: 1, atTime: '00:00' }, '-P1D', -86400],
    [{ daysBefore: 1, atTime: '23:59' }, '-PT1M', -60],
    [{ daysBefore: 1, atTime: '19:00' }, '-PT5H', -5 * 3600],
    [{ daysBefore: 2, atTime: '09:00' }, '-P1DT15H', -(86400 + 15 * 3600)],
    [{ daysBefore: 3, atTime: '12:00' }, '-P2DT12H', -(2 * 86400 + 12 * 3600)],
    [{ daysBefore: 2, atTime: '23:45' }, '-P1DT15M', -(86400 + 15 * 60)],
    [{ daysBefore: 0, atTime: '00:00' }, 'PT0S', 0],
    [{ daysBefore: 0, atTime: '09:00' }, 'PT9H', 9 * 3600],
    [{ daysBefore: 0, atTime: '00:30' }, 'PT30M', 30 * 60],
    [{ daysBefore: 0, atTime: '23:59' }, 'PT23H59M', 23 * 3600 + 59 * 60],
  ];
  for (const [alarm, trigger, seconds] of cases) {
    it(`${JSON.stringify(alarm)} → ${trigger}, which ical.js reads as ${seconds} s`, () => {
      expect(alarmTrigger(alarm)).to.equal(trigger);
      expect(ICAL.Duration.fromString(trigger).toSeconds()).to.equal(seconds);
    });
  }

  const wrong: [IcsAlarm, RegExp][] = [
    [{ daysBefore: -1 }, /daysBefore/],
    [{ daysBefore: 1.5 }, /daysBefore/],
    [{ daysBefore: Number.NaN }, /daysBefore/],
    [{ daysBefore: Number.POSITIVE_INFINITY }, /daysBefore/],
    [{ atTime: '9:00' }, /HH:MM/],
    [{ atTime: '24:00' }, /HH:MM/],
    [{ atTime: '12:60' }, /HH:MM/],
    [{ atTime: '12:00:00' }, /HH:MM/],
    [{ atTime: ' 12:00' }, /HH:MM/],
    [{ atTime: '12:00 ' }, /HH:MM/],
    [{ atTime: '' }, /HH:MM/],
    [{ atTime: 'noon' }, /HH:MM/],
  ];
  for (const [alarm, message] of wrong) {
    it(`rejects ${JSON.stringify(alarm, (_, v: unknown) => (typeof v === 'number' ? String(v) : v))}`, () => {
      expect(() => alarmTrigger(alarm)).to.throw(RangeError, message);
    });
  }
});

describe('eventUid', () => {
  it('is <storage key>.<item id>@port-checklist', () => {
    expect(eventUid('port-checklist', 'prepare.account')).to.equal(
      'port-checklist.prepare.account@port-checklist',
    );
    expect(eventUid('shop', 'port-date')).to.equal('shop.port-date@port-checklist');
  });
});

describe('toIcs: the file', () => {
  it('is exactly this for one event', () => {
    const ics = toIcs(
      calendar(
        [
          {
            uid: 'port-checklist.port-date@port-checklist',
            date: '2025-07-01',
            summary: 'Port day: numbers move',
            description: 'Keep both services on, today.',
            url: 'https://example.com/port?step=1',
            alarm: { daysBefore: 1, atTime: '09:00' },
          },
        ],
        { name: 'Number port' },
      ),
    );
    expect(ics).to.equal(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        `PRODID:${PRODID}`,
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:Number port',
        'BEGIN:VEVENT',
        'UID:port-checklist.port-date@port-checklist',
        'DTSTAMP:20250601T102030Z',
        'DTSTART;VALUE=DATE:20250701',
        'DTEND;VALUE=DATE:20250702',
        'SEQUENCE:218060',
        'SUMMARY:Port day: numbers move',
        'DESCRIPTION:Keep both services on\\, today.',
        'URL:https://example.com/port?step=1',
        'TRANSP:TRANSPARENT',
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        'DESCRIPTION:Port day: numbers move',
        'TRIGGER:-PT15H',
        'END:VALARM',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('leaves out what an event does not have: description, URL, alarm; and the name', () => {
    const ics = toIcs(
      calendar([{ uid: 'a@port-checklist', date: '2025-07-01', summary: 'S' }], { sequence: 3 }),
    );
    expect(physicalLines(ics)).to.deep.equal([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      `PRODID:${PRODID}`,
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:a@port-checklist',
      'DTSTAMP:20250601T102030Z',
      'DTSTART;VALUE=DATE:20250701',
      'DTEND;VALUE=DATE:20250702',
      'SEQUENCE:3',
      'SUMMARY:S',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
  });

  it('is a valid calendar without events', () => {
    const ics = toIcs(calendar([]));
    expect(physicalLines(ics)).to.deep.equal([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      `PRODID:${PRODID}`,
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'END:VCALENDAR',
    ]);
    const root = parse(ics);
    expect(root.name).to.equal('vcalendar');
    expect(root.getAllSubcomponents()).to.have.length(0);
    expect(root.getFirstPropertyValue('version')).to.equal('2.0');
    expect(root.getFirstPropertyValue('prodid')).to.equal(PRODID);
  });

  it('escapes the calendar name and the product id', () => {
    const ics = toIcs(calendar([], { name: 'Port; plan, 2025\\x', prodId: '-//A, B//C;D//EN' }));
    expect(physicalLines(ics)).to.include('X-WR-CALNAME:Port\\; plan\\, 2025\\\\x');
    expect(physicalLines(ics)).to.include('PRODID:-//A\\, B//C\\;D//EN');
    const root = parse(ics);
    expect(root.getFirstPropertyValue('prodid')).to.equal('-//A, B//C;D//EN');
    // ical.js reads an X- property as UNKNOWN and keeps its escapes.
    expect(root.getFirstProperty('x-wr-calname')!.toICALString()).to.equal(
      'X-WR-CALNAME:Port\\; plan\\, 2025\\\\x',
    );
  });

  it('gives the alarm a text of its own when there is one', () => {
    const ics = toIcs(
      calendar([
        {
          uid: 'a@port-checklist',
          date: '2025-07-01',
          summary: 'S',
          alarm: { daysBefore: 0, description: 'Tomorrow, check; it' },
        },
      ]),
    );
    const lines = physicalLines(ics);
    expect(lines.slice(lines.indexOf('BEGIN:VALARM'))).to.deep.equal([
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'DESCRIPTION:Tomorrow\\, check\\; it',
      'TRIGGER:PT0S',
      'END:VALARM',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
  });

  it('is the same for the same input, and its UIDs stay when the stamp moves on', () => {
    const events: IcsEvent[] = [
      { uid: eventUid('k', 'port-date'), date: '2025-07-01', summary: 'Port', alarm: {} },
      { uid: eventUid('k', 'prepare.account'), date: '2025-06-20', summary: 'Account', alarm: {} },
    ];
    const first = toIcs(calendar(events));
    expect(toIcs(calendar(events))).to.equal(first);
    const later = toIcs(calendar(events, { stamp: new Date('2025-06-09T08:00:00Z') }));
    const uids = (ics: string) =>
      parse(ics)
        .getAllSubcomponents('vevent')
        .map((vevent) => new ICAL.Event(vevent).uid);
    expect(uids(first)).to.deep.equal(['k.port-date@port-checklist', 'k.prepare.account@port-checklist']);
    expect(uids(later)).to.deep.equal(uids(first));
    const sequences = (ics: string) =>
      parse(ics)
        .getAllSubcomponents('vevent')
        .map((vevent) => new ICAL.Event(vevent).sequence);
    expect(sequences(later)[0]).to.be.greaterThan(sequences(first)[0]!);
  });
});

describe('toIcs: SEQUENCE', () => {
  const sequence = (extra: Partial<IcsCalendar>) =>
    new ICAL.Event(
      parse(
        toIcs(calendar([{ uid: 'a@port-checklist', date: '2025-07-01', summary: 'S' }], extra)),
      ).getFirstSubcomponent('vevent')!,
    ).sequence;
  const cases: [string, Partial<IcsCalendar>, number][] = [
    ['0 at 2025-01-01 00:00 UTC', { stamp: new Date('2025-01-01T00:00:00Z') }, 0],
    ['whole minutes after it', { stamp: new Date('2025-01-01T00:01:59.999Z') }, 1],
    ['a day later', { stamp: new Date('2025-01-02T00:00:00Z') }, 1440],
    ['0 before it', { stamp: new Date('2024-12-31T23:59:00Z') }, 0],
    ['the one passed in', { sequence: 7 }, 7],
    ['0 passed in', { sequence: 0 }, 0],
  ];
  for (const [name, extra, expected] of cases) {
    it(name, () => {
      expect(sequence(extra)).to.equal(expected);
    });
  }
  for (const wrong of [-1, 1.5, Number.NaN]) {
    it(`rejects ${wrong}`, () => {
      expect(() => sequence({ sequence: wrong })).to.throw(RangeError, /sequence/);
    });
  }
});

describe('toIcs: dates', () => {
  const cases: [string, string, string][] = [
    ['2025-07-01', '20250701', '20250702'],
    ['2025-01-31', '20250131', '20250201'],
    ['2024-02-28', '20240228', '20240229'],
    ['2024-02-29', '20240229', '20240301'],
    ['2025-02-28', '20250228', '20250301'],
    ['2025-12-31', '20251231', '20260101'],
    ['2025-03-30', '20250330', '20250331'],
    ['0999-01-01', '09990101', '09990102'],
  ];
  for (const [date, start, end] of cases) {
    it(`${date}: all day, ending on the next day`, () => {
      const ics = toIcs(calendar([{ uid: 'a@port-checklist', date, summary: 'S' }]));
      expect(physicalLines(ics)).to.include.members([
        `DTSTART;VALUE=DATE:${start}`,
        `DTEND;VALUE=DATE:${end}`,
      ]);
      const event = new ICAL.Event(parse(ics).getFirstSubcomponent('vevent')!);
      expect(event.startDate.isDate).to.be.true;
      expect(event.endDate.isDate).to.be.true;
      const { year, month, day } = event.startDate;
      expect([year, month, day]).to.deep.equal(date.split('-').map(Number));
      expect(event.duration.toSeconds()).to.equal(86400);
    });
  }

  for (const date of [
    '2025-02-29',
    '2023-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-01-32',
    '2025-1-01',
    '20250101',
    '',
    ' 2025-01-01',
    '2025-01-01 ',
    '2025-01-01T00:00',
  ]) {
    it(`rejects ${JSON.stringify(date)}`, () => {
      expect(() => toIcs(calendar([{ uid: 'a@port-checklist', date, summary: 'S' }]))).to.throw(
        RangeError,
        /YYYY-MM-DD/,
      );
    });
  }

  it('writes DTSTAMP in UTC, to the second', () => {
    const ics = toIcs(calendar([{ uid: 'a@port-checklist', date: '2025-07-01', summary: 'S' }]));
    const stamp = parse(ics).getFirstSubcomponent('vevent')!.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.isDate).to.be.false;
    expect(stamp.zone).to.equal(ICAL.Timezone.utcTimezone);
    expect(stamp.toJSDate().toISOString()).to.equal('2025-06-01T10:20:30.000Z');
    expect(
      physicalLines(
        toIcs(
          calendar([{ uid: 'a', date: '2025-07-01', summary: 'S' }], {
            stamp: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)),
          }),
        ),
      ),
    ).to.include('DTSTAMP:20260102T030405Z');
  });

  it('rejects a stamp that is not a date', () => {
    expect(() => toIcs(calendar([], { stamp: new Date(Number.NaN) }))).to.throw(RangeError, /stamp/);
  });
});

describe('toIcs: blank texts', () => {
  // libical (Evolution's parser) takes a value of nothing but spaces for no value and drops the property.
  const blanks = ['', ' ', '\t', ' \t ', '\u0000\u0007'];
  const event = { uid: 'a', date: '2025-07-01', summary: 'S' };
  for (const blank of blanks) {
    it(`rejects the summary ${JSON.stringify(blank)}`, () => {
      expect(() => toIcs(calendar([{ ...event, summary: blank }]))).to.throw(RangeError, /summary of a/);
    });
    it(`rejects the product id ${JSON.stringify(blank)}`, () => {
      expect(() => toIcs(calendar([], { prodId: blank }))).to.throw(RangeError, /product id/);
    });
    it(`leaves out the description and the name ${JSON.stringify(blank)}; the alarm then says the summary`, () => {
      const ics = toIcs(
        calendar([{ ...event, description: blank, alarm: { description: blank } }], { name: blank }),
      );
      const lines = physicalLines(ics);
      expect(lines.filter((line) => /^(X-WR-CALNAME|DESCRIPTION)/.test(line))).to.deep.equal([
        'DESCRIPTION:S',
      ]);
      expect(lines.indexOf('DESCRIPTION:S')).to.be.greaterThan(lines.indexOf('BEGIN:VALARM'));
    });
  }

  it('keeps the spaces around a text that has more', () => {
    const ics = toIcs(calendar([{ ...event, summary: ' S ', description: '\tD ' }], { name: ' N' }));
    expect(physicalLines(ics)).to.include.members(['SUMMARY: S ', 'DESCRIPTION:\tD ', 'X-WR-CALNAME: N']);
    expect(new ICAL.Event(parse(ics).getFirstSubcomponent('vevent')!).summary).to.equal(' S ');
  });

  it('keeps a description of line breaks only, which is not blank', () => {
    const ics = toIcs(calendar([{ ...event, description: '\n' }]));
    expect(physicalLines(ics)).to.include('DESCRIPTION:\\n');
  });
});

describe('toIcs: UIDs and URLs', () => {
  for (const uid of ['', ' ', '\t \t', '\u0000']) {
    it(`rejects the blank UID ${JSON.stringify(uid)}`, () => {
      expect(() => toIcs(calendar([{ uid, date: '2025-07-01', summary: 'S' }]))).to.throw(RangeError, /UID/);
    });
  }

  it('rejects a UID used twice, also when only its line break differs', () => {
    const twice = { uid: 'a@port-checklist', date: '2025-07-01', summary: 'S' };
    expect(() => toIcs(calendar([twice, { ...twice, date: '2025-07-02' }]))).to.throw(
      RangeError,
      /two events/,
    );
    expect(() =>
      toIcs(
        calendar([
          { ...twice, uid: 'a\r\nb' },
          { ...twice, uid: 'a\nb' },
        ]),
      ),
    ).to.throw(RangeError, /two events/);
    expect(() =>
      toIcs(
        calendar([
          { ...twice, uid: 'a' },
          { ...twice, uid: 'A' },
        ]),
      ),
    ).not.to.throw();
  });

  it('escapes a UID as the TEXT it is', () => {
    const ics = toIcs(calendar([{ uid: 'a,b;c@port-checklist', date: '2025-07-01', summary: 'S' }]));
    expect(physicalLines(ics)).to.include('UID:a\\,b\\;c@port-checklist');
    expect(new ICAL.Event(parse(ics).getFirstSubcomponent('vevent')!).uid).to.equal('a,b;c@port-checklist');
  });

  for (const url of [
    'https://example.com/',
    'HTTPS://EXAMPLE.COM/A',
    'https://example.com/a?b=c,d;e#f',
    'mailto:port@example.com',
    'a+b.c-d:x',
    'z39.50s://example.com/',
  ]) {
    it(`keeps the URL ${url} as it is`, () => {
      const ics = toIcs(calendar([{ uid: 'a', date: '2025-07-01', summary: 'S', url }]));
      expect(physicalLines(ics)).to.include(`URL:${url}`);
      expect(parse(ics).getFirstSubcomponent('vevent')!.getFirstPropertyValue('url')).to.equal(url);
    });
  }

  for (const url of [
    '/relative',
    'example.com',
    '1https://example.com',
    'a_b:x',
    'https:',
    'https://a b',
    'https://a\tb',
    'https://a\nb',
    'https://a\u0000b',
    'https://a\u007fb',
    ' https://example.com',
    'https://example.com ',
    '',
  ]) {
    it(`rejects the URL ${JSON.stringify(url)}`, () => {
      expect(() => toIcs(calendar([{ uid: 'a', date: '2025-07-01', summary: 'S', url }]))).to.throw(
        RangeError,
        /absolute URL/,
      );
    });
  }
});

describe('toIcs: read back by ical.js', () => {
  const hostile = [
    'Commas, commas, and more, commas',
    'Semi;colons;everywhere;',
    'Back\\slashes \\ and \\\\ and \\n and \\,',
    'Lines\nand\r\nmore\rlines\n',
    'Tab\tseparated',
    'Colon: value; "quoted, text"',
    'END:VEVENT\r\nBEGIN:VEVENT\r\nUID:injected',
    'Emoji 🎉📞☎️👩🏽‍💻 and flags 🇸🇪🇩🇪',
    'نقل الرقم: تأكد من تاريخ النقل، ثم اتصل بالمزود.',
    '番号ポータビリティ：移転日を確認し、キャリアに連絡してください。',
    'Mixed עברית, العربية, 日本語, Ελληνικά, русский',
    'x'.repeat(200),
    `${'Long summary, with; every\\ escape\n'.repeat(6)}end`,
    '🎉'.repeat(60),
    'é'.repeat(120),
    'Control\u0000chars\u0007gone\u001f',
    'Lone \ud83c surrogate',
    '  leading and trailing spaces  ',
  ];

  it('gives back every event of a plan: UID, all-day date, texts, URL, free time and alarm', () => {
    const events: IcsEvent[] = hostile.map((text, i) => ({
      uid: eventUid('port-checklist', `step-${i}`),
      date: `2025-07-${String(i + 1).padStart(2, '0')}`,
      summary: text,
      description: `${text}\n— step ${i}`,
      ...(i % 2 ? { url: `https://example.com/step/${i}?a=1,2` } : {}),
      alarm: i % 3 ? { daysBefore: i % 4, atTime: '09:00' } : { daysBefore: 1 },
    }));
    const name = 'Port plan; ナンバー, نقل\\';
    const ics = toIcs(calendar(events, { name }));
    for (const line of physicalLines(ics)) expect(octets(line), line).to.be.at.most(75);

    const root = parse(ics);
    expect(root.getFirstPropertyValue('version')).to.equal('2.0');
    expect(root.getFirstPropertyValue('prodid')).to.equal(PRODID);
    expect(root.getFirstPropertyValue('calscale')).to.equal('GREGORIAN');
    expect(root.getFirstPropertyValue('method')).to.equal('PUBLISH');
    const vevents = root.getAllSubcomponents('vevent');
    expect(vevents).to.have.length(events.length);
    vevents.forEach((vevent, i) => {
      const source = events[i]!;
      const event = new ICAL.Event(vevent);
      expect(event.uid).to.equal(source.uid);
      expect(event.startDate.isDate, source.uid).to.be.true;
      expect(event.startDate.toString()).to.equal(source.date);
      expect(event.endDate.isDate).to.be.true;
      expect(event.summary).to.equal(asParsed(source.summary));
      expect(event.description).to.equal(asParsed(source.description!));
      expect(vevent.getFirstPropertyValue('url') ?? undefined).to.equal(source.url);
      expect(vevent.getFirstPropertyValue('transp')).to.equal('TRANSPARENT');
      expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).to.equal('2025-06-01T10:20:30Z');
      const alarms = vevent.getAllSubcomponents('valarm');
      expect(alarms).to.have.length(1);
      expect(alarms[0]!.getFirstPropertyValue('action')).to.equal('DISPLAY');
      expect(alarms[0]!.getFirstPropertyValue('description')).to.equal(asParsed(source.summary));
      const trigger = alarms[0]!.getFirstPropertyValue('trigger') as ICAL.Duration;
      expect(trigger.toString()).to.equal(alarmTrigger(source.alarm!));
    });
  });

  it('round-trips random texts in every field', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 250 }),
      anyCodePoints(250),
      anyCodeUnits(100),
      fc.stringMatching(/^[\\;,:"\r\n\t a-z]{0,120}$/),
    );
    fc.assert(
      fc.property(text.filter(hasText), text, text, (summary, description, uid) => {
        const ics = toIcs(
          calendar([{ uid: `${uid}@port-checklist`, date: '2025-07-01', summary, description, alarm: {} }], {
            name: summary,
          }),
        );
        for (const line of physicalLines(ics)) expect(octets(line)).to.be.at.most(75);
        const vevent = parse(ics).getFirstSubcomponent('vevent')!;
        const event = new ICAL.Event(vevent);
        expect(event.uid).to.equal(asParsed(`${uid}@port-checklist`));
        expect(event.summary).to.equal(asParsed(summary));
        expect(event.description).to.equal(hasText(description) ? asParsed(description) : null);
        expect(vevent.getFirstSubcomponent('valarm')!.getFirstPropertyValue('description')).to.equal(
          asParsed(summary),
        );
      }),
      { numRuns: 150 },
    );
  });
});
