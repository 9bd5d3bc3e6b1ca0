/**
 * Error notifications go through here: logged, shown, and counted, so that the integration suite can
 * check that a lifecycle race never surfaced as an error to the user.
 */
import * as vscode from 'vscode';

let shown = 0;

export function showError(log: vscode.LogOutputChannel, message: string): void {
  shown++;
  log.error(message);
  void vscode.window.showErrorMessage(message);
}

export function errorNotificationsShown(): number {
  return shown;
}
