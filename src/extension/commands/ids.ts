// Every command id in one place; package.json's contributes.commands must list the same ids.
export const CommandId = {
  refreshClients: 'cleanBreak.refreshClients',
  createClientsFile: 'cleanBreak.createClientsFile',
  openSample: 'cleanBreak.openSample',
} as const;
export type CommandId = (typeof CommandId)[keyof typeof CommandId];
