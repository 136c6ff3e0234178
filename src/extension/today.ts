// Today's date as YYYY-MM-DD in the user's time zone: the core never reads the clock itself.
export function today(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
