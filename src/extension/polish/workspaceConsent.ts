// Where a draft goes and whether it is redacted must be the user's choice, not a cloned repository's: a provider, or
// a weaker redaction, set in the workspace's own settings applies only in a trusted workspace (VS Code ignores them in
// an untrusted one: restrictedConfigurations) and only once the user has said yes to that value in this workspace.
import * as vscode from 'vscode';
import { type PolishSettings, polishSettings } from '../settings';

/** Asks whether the workspace's values may apply; `settings` names them, e.g. ["polish.redact: off"]. */
export type ConfirmWorkspaceSettings = (settings: string[]) => Thenable<boolean>;

const REDACT_STRENGTH: Record<PolishSettings['redact'], number> = { off: 0, auto: 1, on: 2 };

type Guarded = 'provider' | 'redact';

// As polishSettings reads them: anything unknown is the default.
const normalise = (key: Guarded, value: string): string =>
  key === 'provider' ? (value === 'openai' || value === 'vscode' ? value : 'none') : value === 'on' || value === 'off' ? value : 'auto';

/** The value the workspace itself sets, when it differs from the user's and would loosen what the user chose. */
function workspaceOverride(key: Guarded): { workspace: string; user: string } | undefined {
  const inspected = vscode.workspace.getConfiguration('cleanBreak').inspect<string>(`polish.${key}`);
  const workspaceValue = inspected?.workspaceFolderValue ?? inspected?.workspaceValue;
  if (workspaceValue === undefined) return undefined;
  const workspace = normalise(key, workspaceValue);
  const user = normalise(key, inspected?.globalValue ?? inspected?.defaultValue ?? '');
  if (workspace === user) return undefined;
  if (key === 'provider' && workspace === 'none') return undefined;
  if (key === 'redact' && REDACT_STRENGTH[workspace as PolishSettings['redact']] >= REDACT_STRENGTH[user as PolishSettings['redact']]) return undefined;
  return { workspace, user };
}

const confirmKey = (key: Guarded, value: string) => `cleanBreak.polish.confirmed.${key}=${value}`;

async function askWithDialog(settings: string[]): Promise<boolean> {
  const allow = vscode.l10n.t('Use Them');
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('This workspace\'s settings change how drafts are polished: {0}. Use them in this workspace?', settings.join(', ')),
    { modal: true, detail: vscode.l10n.t('Until you allow it, your own settings apply. You are asked once for each value.') },
    allow,
  );
  return answer === allow;
}

/**
 * The polish settings in effect: the workspace's provider and redaction only where the user allowed them (once per
 * workspace and value), the user's own otherwise.
 */
export async function effectivePolishSettings(state: vscode.Memento, confirm: ConfirmWorkspaceSettings = askWithDialog): Promise<PolishSettings> {
  const settings = polishSettings();
  const overrides = (['provider', 'redact'] as const).flatMap((key) => {
    const override = workspaceOverride(key);
    return override && !state.get<boolean>(confirmKey(key, override.workspace)) ? [{ key, ...override }] : [];
  });
  if (overrides.length === 0) return settings;
  if (await confirm(overrides.map((o) => `polish.${o.key}: ${o.workspace}`))) {
    for (const o of overrides) await state.update(confirmKey(o.key, o.workspace), true);
    return settings;
  }
  const fallback = { ...settings };
  for (const o of overrides) {
    if (o.key === 'provider') fallback.provider = o.user as PolishSettings['provider'];
    else fallback.redact = o.user as PolishSettings['redact'];
  }
  return fallback;
}
