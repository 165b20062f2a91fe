//! Formatting of dates, times and numbers for display.

/** "2026-11-25 12:03" in local time from an RFC 3339 timestamp; the raw text if unparsable. */
export function formatTimestamp(rfc3339: string): string {
  const date = new Date(rfc3339);
  if (Number.isNaN(date.getTime())) return rfc3339;
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** The date part ("2026-11-25") of an RFC 3339 timestamp. */
export function formatDate(rfc3339: string): string {
  return formatTimestamp(rfc3339).slice(0, 10);
}

/** Today's local date as "YYYY-MM-DD". */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function formatNumber(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 4 });
}

export function formatScore(score: number): string {
  return score.toFixed(2);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A whole count with thousands separators: "20,000". */
export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-GB');
}

/** A rough time left: "about 40 s", "about 3 min". */
export function formatSecondsLeft(seconds: number): string {
  if (seconds < 60) return `about ${Math.max(1, Math.round(seconds))} s`;
  return `about ${Math.round(seconds / 60)} min`;
}
