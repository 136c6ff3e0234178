// Every command id in one place; package.json's contributes.commands lists the same ids, and a test checks both.
export const CommandId = {
  draftTermination: 'cleanBreak.draftTermination',
  draftReferral: 'cleanBreak.draftReferral',
  draftMeeting: 'cleanBreak.draftMeeting',
  polishDraft: 'cleanBreak.polishDraft',
  recordDecision: 'cleanBreak.recordDecision',
  logIncident: 'cleanBreak.logIncident',
  markDelivered: 'cleanBreak.markDelivered',
  markInvoicePaid: 'cleanBreak.markInvoicePaid',
  showReadiness: 'cleanBreak.showReadiness',
  scanContract: 'cleanBreak.scanContract',
  createClientsFile: 'cleanBreak.createClientsFile',
  setApiKey: 'cleanBreak.setApiKey',
  openSample: 'cleanBreak.openSample',
  refreshClients: 'cleanBreak.refreshClients',
  copyDraft: 'cleanBreak.copyDraft',
  openMailto: 'cleanBreak.openMailto',
  revealClause: 'cleanBreak.revealClause',
  chooseDeliverableRef: 'cleanBreak.chooseDeliverableRef',
  openContractText: 'cleanBreak.openContractText',
  convertContract: 'cleanBreak.convertContract',
} as const;
export type CommandId = (typeof CommandId)[keyof typeof CommandId];
