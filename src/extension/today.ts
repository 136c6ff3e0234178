// Today's date as YYYY-MM-DD in the user's time zone: the core never reads the clock itself.
import { core } from './core';

export function today(): string {
  return core().localDate(new Date());
}
