import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandId } from '../../src/extension/commands/ids';
import { MAILTO_BODY, MAILTO_SUBJECT, MAILTO_TO, readMailto } from '../support/mailtoFields';
import { closeAllEditors, extensionApi } from './helpers';

/**
 * What VS Code's opener hands the mail app for what an extension passes to env.openExternal, with VS Code's own URI
 * class: a string as it is when it parses to the same URI (MainThreadWindow.$openUri, OpenerService._doOpenExternal),
 * a Uri as encodeURI(uri.toString(true)).
 */
function openedByVsCode(target: string | vscode.Uri): string {
  if (typeof target !== 'string') return encodeURI(target.toString(true));
  const parsed = vscode.Uri.parse(target);
  assert.equal(vscode.Uri.parse(parsed.toString()).toString(), parsed.toString());
  return target;
}

describe('Open Draft in Mail App (inside VS Code)', () => {
  after(closeAllEditors);

  it('hands the mail app exactly the draft: no character of any field adds, ends or changes a field', async () => {
    const { services } = await extensionApi();
    const draft = `Oggetto: ${MAILTO_SUBJECT}\n\n${MAILTO_BODY}`;
    await services.drafts.open(draft, { kind: 'termination', clientId: 'acme', language: 'it', to: MAILTO_TO, known: {} });
    const passed = await vscode.commands.executeCommand<string | vscode.Uri>(CommandId.openMailto);
    assert.ok(passed);
    assert.deepEqual(readMailto(openedByVsCode(passed)), {
      to: MAILTO_TO,
      fields: [
        ['subject', MAILTO_SUBJECT],
        ['body', MAILTO_BODY.replace(/\n/g, '\r\n')],
      ],
    });
  });
});
