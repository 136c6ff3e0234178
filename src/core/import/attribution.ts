// Which client of clients.yaml a name from another tool means: its id, its name or one of its aliases, compared
// without case, accents or punctuation ("ACME S.p.A." = "acme spa"). Nothing fuzzier: a wrong match would move hours
// or money to the wrong client, while an unmatched name is listed for the user to alias.
import type { Client } from '../clients/schema';

export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export type ClientMatcher = (...names: (string | undefined)[]) => string | undefined;

/** Returns the id of the client the first matching name means, or undefined when none does. */
export function clientMatcher(clients: readonly Pick<Client, 'id' | 'name' | 'aliases'>[]): ClientMatcher {
  const byKey = new Map<string, string>();
  // Ids first, then names, then aliases: the more deliberate spelling wins a clash.
  for (const client of clients) byKey.set(nameKey(client.id), client.id);
  for (const client of clients) if (!byKey.has(nameKey(client.name))) byKey.set(nameKey(client.name), client.id);
  for (const client of clients) {
    for (const alias of client.aliases ?? []) if (!byKey.has(nameKey(alias))) byKey.set(nameKey(alias), client.id);
  }
  byKey.delete('');
  // An export repeats a few names thousands of times: each is normalised once.
  const known = new Map<string, string | undefined>();
  const idOf = (name: string) => {
    if (!known.has(name)) known.set(name, byKey.get(nameKey(name)));
    return known.get(name);
  };
  return (...names) => {
    for (const name of names) {
      const id = name === undefined ? undefined : idOf(name);
      if (id !== undefined) return id;
    }
    return undefined;
  };
}
