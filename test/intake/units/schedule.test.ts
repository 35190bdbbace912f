import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../../../src/intake/units/schedule.js';
import { expectRejected, expectWellBehaved, failureOf, valueOf } from './parse-expectations.js';

const hour = 3600;
const day = 86_400;
const week = 7 * day;

describe('parseSchedule keywords', () => {
  it.each([
    ['hourly', hour, hour, 'every hour'],
    ['daily', day, day, 'every day'],
    ['nightly', day, day, 'every night'],
    ['weekly', week, week, 'every week'],
    ['monthly', 28 * day, 31 * day, 'every month'],
    ['quarterly', 90 * day, 92 * day, 'every quarter'],
    ['yearly', 365 * day, 366 * day, 'every year'],
    ['minutely', 60, 60, 'every minute'],
    ['every 6h', 6 * hour, 6 * hour, 'every 6 hours'],
    ['every 15m', 900, 900, 'every 15 minutes'],
    ['every 90m', 5400, 5400, 'every 90 minutes'],
    ['every 1d', day, day, 'every day'],
    ['every 2 weeks', 2 * week, 2 * week, 'every 2 weeks'],
    ['weekly 03:00', week, week, 'every week at 03:00'],
    ['weekly sun', week, week, 'every Sunday'],
  ] as const)('reads %j with no fixed time, so no cron line', (text, interval, longest, description) => {
    expect(valueOf(parseSchedule(text))).toEqual({ intervalSeconds: interval, longestGapSeconds: longest, description });
  });

  it.each([
    ['daily 02:00', day, 'every day at 02:00', '0 2 * * *'],
    ['Daily at 2:00', day, 'every day at 02:00', '0 2 * * *'],
    ['nightly 2am', day, 'every day at 02:00', '0 2 * * *'],
    ['daily 11:30 pm', day, 'every day at 23:30', '30 23 * * *'],
    ['every day at 02:00', day, 'every day at 02:00', '0 2 * * *'],
    ['weekly sun 03:00', week, 'every Sunday at 03:00', '0 3 * * 0'],
    ['weekly on Sunday at 03:00', week, 'every Sunday at 03:00', '0 3 * * 0'],
    ['every sunday 03:00', week, 'every Sunday at 03:00', '0 3 * * 0'],
    ['monthly 02:00', 28 * day, 'on day 1 of every month at 02:00', '0 2 1 * *'],
  ] as const)('reads %j with its time as a cron line', (text, interval, description, cron) => {
    const schedule = valueOf(parseSchedule(text));
    expect(schedule).toMatchObject({ intervalSeconds: interval, description, cron });
  });
});

describe('parseSchedule cron lines', () => {
  it.each([
    ['0 2 * * *', day, day, 'every day at 02:00', '0 2 * * *'],
    ['0 */6 * * *', 21_600, 21_600, 'every 6 hours', '0 */6 * * *'],
    ['*/15 * * * *', 900, 900, 'every 15 minutes', '*/15 * * * *'],
    ['* * * * *', 60, 60, 'every minute', '* * * * *'],
    ['30 * * * *', hour, hour, 'every hour at minute 30', '30 * * * *'],
    ['5 */6 * * *', 21_600, 21_600, 'every 6 hours from 00:05', '5 */6 * * *'],
    ['0 0,12 * * *', 43_200, 43_200, 'every 12 hours', '0 0,12 * * *'],
    ['0 2 * * 1-5', day, 3 * day, 'every Monday to Friday at 02:00', '0 2 * * 1-5'],
    ['0 2 * * MON-FRI', day, 3 * day, 'every Monday to Friday at 02:00', '0 2 * * 1-5'],
    ['0 3 * * 7', week, week, 'every Sunday at 03:00', '0 3 * * 0'],
    ['0 3 * * sat,sun', day, 6 * day, 'every Saturday and Sunday at 03:00', '0 3 * * 0,6'],
    ['0 8-18 * * *', hour, 14 * hour, 'every hour from 08:00 to 18:00', '0 8-18 * * *'],
    ['0 8-12,14-18 * * *', hour, 14 * hour, 'every hour from 08:00 to 12:00 and from 14:00 to 18:00', '0 8-12,14-18 * * *'],
    ['0 0 1 * *', 28 * day, 31 * day, 'on day 1 of every month at 00:00', '0 0 1 * *'],
    ['0 0 1,15 * *', 14 * day, 17 * day, 'on days 1 and 15 of every month at 00:00', '0 0 1,15 * *'],
    ['0 0 1 1,7 *', 181 * day, 184 * day, 'on day 1 of January and July at 00:00', '0 0 1 1,7 *'],
    ['0 9 * jun-aug *', day, 275 * day, 'every day in June to August at 09:00', '0 9 * 6-8 *'],
    ['@daily', day, day, 'every day at 00:00', '0 0 * * *'],
    ['@weekly', week, week, 'every Sunday at 00:00', '0 0 * * 0'],
  ] as const)('reads %j', (text, interval, longest, description, cron) => {
    expect(valueOf(parseSchedule(text))).toEqual({ intervalSeconds: interval, longestGapSeconds: longest, description, cron });
  });

  it('runs on either day field when both are restricted, as cron does', () => {
    expect(valueOf(parseSchedule('0 0 13 * 5'))).toMatchObject({
      intervalSeconds: day,
      description: 'on day 13 of every month and every Friday at 00:00',
    });
  });

  it('treats February 29th coarsely but without crashing', () => {
    expect(valueOf(parseSchedule('0 0 29 2 *'))).toMatchObject({ intervalSeconds: 1461 * day, description: 'on day 29 of February at 00:00' });
  });

  it.each(['0 0 30 2 *', '75 * * * *', '0 24 * * *', '0 0 0 * *', '0 0 * 13 *', '0 0 * * 8', '*/0 * * * *', '5-1 * * * *', '0 0 * * * *', 'a b c d e', '@reboot', '0,,5 * * * *', '0 0 L * *'])(
    'rejects %j',
    (text) => {
      expectRejected(parseSchedule, text);
    },
  );

  it('names the bad field', () => {
    expect(failureOf(parseSchedule('75 * * * *')).hint).toBe('"75 * * * *": minute "75" is not made of numbers from 0 to 59');
    expect(failureOf(parseSchedule('0 0 30 2 *')).hint).toContain('never runs');
    expect(failureOf(parseSchedule('0 0 * * * *')).hint).toContain('has 6 fields; cron needs 5');
  });
});

describe('parseSchedule Proxmox calendar events', () => {
  it.each([
    ['02:00', day, day, 'every day at 02:00', '0 2 * * *'],
    ['*/6:00', 21_600, 21_600, 'every 6 hours', '0 */6 * * *'],
    ['sun 03:00', week, week, 'every Sunday at 03:00', '0 3 * * 0'],
    ['mon..fri 22:00', day, 3 * day, 'every Monday to Friday at 22:00', '0 22 * * 1-5'],
    ['mon,tue,wed,thu,fri', day, 3 * day, 'every Monday to Friday at 00:00', '0 0 * * 1-5'],
    ['sat..sun', day, 6 * day, 'every Saturday and Sunday at 00:00', '0 0 * * 0,6'],
    ['mon,wed,fri', 2 * day, 3 * day, 'every Monday, Wednesday and Friday at 00:00', '0 0 * * 1,3,5'],
    ['12:05', day, day, 'every day at 12:05', '5 12 * * *'],
    ['*/5', 300, 300, 'every 5 minutes', '*/5 * * * *'],
    ['*', 60, 60, 'every minute', '* * * * *'],
    ['mon..wed 30/10', 600, 4 * day + 40 * 60, 'every hour at minutes 30, 40 and 50, every Monday to Wednesday', '30,40,50 * * * 1-3'],
    ['fri 12..13:5/20', 1200, week - 100 * 60, 'every 20 minutes from 12:05 to 13:45, every Friday', '5,25,45 12,13 * * 5'],
    ['12,14,16,18,20,22:5', 7200, 14 * hour, 'every 2 hours from 12:05 to 22:05', '5 12,14,16,18,20,22 * * *'],
    ['*-05', 28 * day, 31 * day, 'on day 5 of every month at 00:00', '0 0 5 * *'],
    ['02:00:00', day, day, 'every day at 02:00', '0 2 * * *'],
  ] as const)('reads %j', (text, interval, longest, description, cron) => {
    expect(valueOf(parseSchedule(text))).toEqual({ intervalSeconds: interval, longestGapSeconds: longest, description, cron });
  });

  it('needs both weekday and date to match, which cron cannot say', () => {
    expect(valueOf(parseSchedule('Sat *-1..7 15:00'))).toEqual({
      intervalSeconds: 28 * day,
      longestGapSeconds: 35 * day,
      description: 'every Saturday that falls on days 1 to 7 of every month at 15:00',
    });
  });

  it.each(['2015-10-21', 'mon..fri 25:00', 'fri..xyz', 'mon 02:00 extra', '02:00:0/5', 'mon *-13-01', '1:2:3:4'])('rejects %j', (text) => {
    expectRejected(parseSchedule, text);
  });
});

describe('parseSchedule failures', () => {
  it.each(['', '   ', 'sometimes', 'every', 'every banana', 'every 0s', 'hourly 02:00', 'daily 25:00', 'daily at noon', 'weekly funday 03:00', 'daily 2', 'a b c d'])(
    'rejects %j',
    (text) => {
      expectRejected(parseSchedule, text);
    },
  );

  it('explains what a keyword accepts', () => {
    expect(failureOf(parseSchedule('daily at noon')).hint).toBe('"daily at noon": after "daily" write a time such as "02:00", not "noon"');
    expect(failureOf(parseSchedule('hourly 02:00')).hint).toContain('"hourly" takes no time');
  });

  it('never throws and always explains a failure', () => {
    expectWellBehaved(parseSchedule);
  });
});
