// Entry point for the cold-start run: VS Code opens a folder without clients.yaml, so nothing has activated the
// extension yet when these tests start.
import { runTestsIn } from '../index';

export function run(): Promise<void> {
  return runTestsIn(__dirname);
}
