/** The webview's handle on VS Code, typed with the messages a webview may send. */
interface VsCodeApi<Out> {
  postMessage(message: Out): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi<Out>(): VsCodeApi<Out>;

export function vscodeApi<Out>(): VsCodeApi<Out> {
  return acquireVsCodeApi<Out>();
}
