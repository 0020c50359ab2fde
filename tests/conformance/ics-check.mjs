// Reads calendars written by `chairside export ics` with ical.js and checks every event's start,
// converted to UTC through the file's own VTIMEZONE, against the sidecar JSON the C++ test wrote
// from the store: [{ "uid": "...@chairside", "startUtc": "2026-03-29T07:00:00Z" }, ...].
//   node ics-check.mjs <dir with name.ics and name.json pairs>
import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node ics-check.mjs <dir>');
  process.exit(2);
}

const failures = [];
const fail = (file, message) => failures.push(`${file}: ${message}`);

const calendars = fs.readdirSync(dir).filter((name) => name.endsWith('.ics')).sort();
if (calendars.length === 0) fail(dir, 'no .ics files to check');

for (const name of calendars) {
  const text = fs.readFileSync(path.join(dir, name), 'utf8');
  const expected = JSON.parse(
    fs.readFileSync(path.join(dir, name.replace(/\.ics$/, '.json')), 'utf8'));
  let root;
  try {
    root = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    fail(name, `ical.js cannot parse it: ${error.message}`);
    continue;
  }
  for (const property of ['prodid', 'version', 'calscale', 'method']) {
    if (!root.getFirstPropertyValue(property)) fail(name, `no ${property.toUpperCase()}`);
  }

  const zones = root.getAllSubcomponents('vtimezone');
  if (zones.length !== 1) fail(name, `expected one VTIMEZONE, found ${zones.length}`);
  ICAL.TimezoneService.reset();
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  const tzid = zones[0]?.getFirstPropertyValue('tzid');

  const events = root.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  if (events.length !== expected.length)
    fail(name, `${events.length} events, expected ${expected.length}`);
  const byUid = new Map(events.map((event) => [event.uid, event]));
  for (const { uid, startUtc } of expected) {
    const event = byUid.get(uid);
    if (!event) {
      fail(name, `no event ${uid}`);
      continue;
    }
    const start = event.startDate;
    if (!start.zone || start.zone.tzid !== tzid) {
      fail(name, `${uid}: start is not in the registered zone ${tzid} (${start.zone?.tzid})`);
      continue;
    }
    const utc = start.convertToZone(ICAL.Timezone.utcTimezone);
    const got = Date.UTC(utc.year, utc.month - 1, utc.day, utc.hour, utc.minute, utc.second);
    if (got !== Date.parse(startUtc))
      fail(name, `${uid}: start ${start.toString()} ${tzid} is ${new Date(got).toISOString()} ` +
                 `in UTC, expected ${startUtc}`);
    if (event.endDate.compare(start) <= 0) fail(name, `${uid}: ends before it starts`);
    const status = event.component.getFirstPropertyValue('status');
    if (!['CONFIRMED', 'TENTATIVE', 'CANCELLED'].includes(status))
      fail(name, `${uid}: status ${status}`);
  }
  console.log(`${name}: ${events.length} events checked in ${tzid}`);
}

if (failures.length) {
  for (const failure of failures) console.error(`FAIL ${failure}`);
  process.exit(1);
}
console.log('ics-check: all starts match');
