// Drafts the built-in templates write for the sample workspace's clients, with what the polish must keep of each.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadClients } from '../../src/core/clients/loader';
import type { Language } from '../../src/core/clients/schema';
import { createDraft, type Draft } from '../../src/core/drafting/draft';
import { type DraftKind, templatesFolder } from '../../src/core/drafting/templates';
import { knownFactsOf } from '../../src/core/polish/draftFacts';
import type { KnownFacts } from '../../src/core/polish/facts';

export const SAMPLE_CLIENTS = loadClients(readFileSync(join(process.cwd(), 'examples', 'freelancer', 'clients.yaml'), 'utf8'), { file: 'clients.yaml' }).data;

const readText = async (path: string) => readFile(path, 'utf8').catch(() => undefined);
const locations = { builtInFolder: templatesFolder(process.cwd()), trusted: false, readText };

export async function sampleDraft(clientId: string, kind: DraftKind, today: string, language?: Language): Promise<{ draft: Draft; known: KnownFacts }> {
  const client = SAMPLE_CLIENTS.clients.find((c) => c.id === clientId);
  if (!client) throw new Error(`no sample client ${clientId}`);
  const { me, defaults } = SAMPLE_CLIENTS;
  const draft = await createDraft({ kind, client, me, defaults, today, language }, locations);
  const others = SAMPLE_CLIENTS.clients.filter((c) => c !== client);
  return { draft, known: knownFactsOf(draft, client, me, others) };
}
