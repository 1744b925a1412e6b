// Dates: a weekday that does not match its date ("Sunday 20 June" when the 20th is a Tuesday),
// and days that do not exist ("31 November"). The year, when not written, is the one nearest the
// story's own date (when it will appear, or today). The fix corrects the weekday.
import type { CopyCheck } from '../copy.ts';
import type { FindingInput } from '../finding.ts';
import { daysInMonth, formatDay, monthIndex, monthNames, nearestYear, plainDatePatterns, weekdayDatePatterns, weekdayIndex, weekdayNames, zonedDay } from '../calendar.ts';
import { proseFields } from '../prose.ts';

export const weekdayDates: CopyCheck = {
  id: 'weekday-dates',
  kind: 'dates',
  label: 'Weekdays that do not match their dates, and dates that do not exist',
  run(input, lookups) {
    const reference = zonedDay(input.appearsAt ?? lookups.now, lookups.timeZone);
    const findings: FindingInput[] = [];
    for (const { field, text } of proseFields(input)) {
      const seen = new Set<number>();
      weekdayDatePatterns.forEach((pattern, form) => {
        for (const match of text.matchAll(pattern)) {
          const [whole, , first, second, yearText] = match as unknown as [string, string, string, string, string | undefined];
          const weekdayText = /^[A-Za-z]+\.?/.exec(whole)![0];
          const [dayText, monthText] = form === 0 ? [first, second] : [second, first];
          const month = monthIndex(monthText);
          const day = Number(dayText);
          const year = yearText ? Number(yearText) : nearestYear(month, day, reference);
          for (let i = match.index!; i < match.index! + whole.length; i++) seen.add(i);
          if (day < 1 || day > daysInMonth(year, month)) {
            findings.push({ severity: 'error', field, start: match.index!, end: match.index! + whole.length, message: `There is no ${day} ${monthNames[month]}${yearText ? ` ${year}` : ''}: ${monthNames[month]} has ${daysInMonth(year, month)} days.` });
            continue;
          }
          const actual = new Date(Date.UTC(year, month, day)).getUTCDay();
          if (actual === weekdayIndex(weekdayText)) continue;
          const written = weekdayNames[weekdayIndex(weekdayText)]!;
          const replacement = weekdayText.length <= 4 ? weekdayNames[actual]!.slice(0, weekdayText.replace('.', '').length) + (weekdayText.endsWith('.') ? '.' : '') : weekdayNames[actual]!;
          findings.push({
            severity: 'error',
            field,
            start: match.index!,
            end: match.index! + weekdayText.length,
            message: `${formatDay(year, month, day)} is a ${weekdayNames[actual]}, not a ${written}${yearText ? '' : ` (taking the year nearest the story's date)`}. Check the date too.`,
            fix: { replacement, label: `Make it ${weekdayNames[actual]}` },
          });
        }
      });
      for (const pattern of plainDatePatterns) {
        for (const match of text.matchAll(pattern)) {
          if (seen.has(match.index!)) continue;
          const numberFirst = /^\d/.test(match[0]);
          const day = Number(numberFirst ? match[1] : match[2]);
          const month = monthIndex(numberFirst ? match[2]! : match[1]!);
          if (month < 0 || day <= daysInMonth(2024, month)) continue; // 29 February exists in some years
          findings.push({ severity: 'error', field, start: match.index!, end: match.index! + match[0].length, message: `There is no ${day} ${monthNames[month]}: ${monthNames[month]} has ${daysInMonth(2025, month)} days.` });
        }
      }
    }
    return findings;
  },
};
