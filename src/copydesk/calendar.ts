// Dates as news copy writes them: "Sunday 20 June", "Tuesday, June 22, 2027", "Sat 3rd Oct".
// A date without a year is taken in the year that puts it nearest the story's own date.
export const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const weekdayPattern = '(Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?:day|nesday|urday|sday|day)?\\.?';
const monthPattern = '(Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)(?:uary|ruary|ch|il|ust|tember|ember|ober)?\\.?';
const dayPattern = '(\\d{1,2})(?:st|nd|rd|th)?';

/** "Sunday 20 June 2027", "Sunday, 20th of June" and "Sunday, June 20, 2027". */
export const weekdayDatePatterns = [
  new RegExp(`\\b${weekdayPattern},? (?:the )?${dayPattern} (?:of )?${monthPattern}(?:,? (\\d{4}))?\\b`, 'g'),
  new RegExp(`\\b${weekdayPattern},? ${monthPattern} ${dayPattern}(?:,? (\\d{4}))?\\b`, 'g'),
];

/** A day and month with no weekday: "31 June", "June 31". */
export const plainDatePatterns = [new RegExp(`\\b${dayPattern} (?:of )?${monthPattern}\\b`, 'g'), new RegExp(`\\b${monthPattern} ${dayPattern}\\b(?!:)`, 'g')];

export function weekdayIndex(name: string): number {
  return weekdayNames.findIndex((day) => day.slice(0, 3) === name.slice(0, 3));
}

export function monthIndex(name: string): number {
  return monthNames.findIndex((month) => month.slice(0, 3) === name.slice(0, 3));
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/** The calendar day of an instant in a time zone. */
export function zonedDay(instant: Date, timeZone: string): { year: number; month: number; day: number } {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(instant).map((p) => [p.type, Number(p.value)]));
  return { year: parts.year!, month: parts.month! - 1, day: parts.day! };
}

/** The year in which day/month falls nearest the reference day. */
export function nearestYear(month: number, day: number, reference: { year: number; month: number; day: number }): number {
  const ref = Date.UTC(reference.year, reference.month, reference.day);
  const candidates = [reference.year - 1, reference.year, reference.year + 1];
  return candidates.reduce((best, year) => (Math.abs(Date.UTC(year, month, Math.min(day, 28)) - ref) < Math.abs(Date.UTC(best, month, Math.min(day, 28)) - ref) ? year : best));
}

export function formatDay(year: number, month: number, day: number): string {
  return `${weekdayNames[new Date(Date.UTC(year, month, day)).getUTCDay()]} ${day} ${monthNames[month]} ${year}`;
}
