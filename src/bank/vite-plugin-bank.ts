// Serves the validated bank to the app as two virtual modules and fails the build (and every test that
// imports them) when a file is malformed, naming the file, the question id and the field.
import type { Plugin } from 'vite';
import { join } from 'node:path';
import { loadBankFromDisk } from './load-bank-from-disk.ts';
import { formatIssues } from './validate-bank.ts';

const BLUEPRINT_ID = 'virtual:blueprint';
const BANK_ID = 'virtual:question-bank';

export function questionBank(options: { root: string }): Plugin {
  const questionsDir = join(options.root, 'questions');
  const load = () => {
    const result = loadBankFromDisk(options.root, questionsDir);
    if (!result.ok) throw new Error(formatIssues(result.issues));
    return result;
  };
  return {
    name: 'question-bank',
    buildStart() {
      load();
    },
    resolveId(id) {
      if (id === BLUEPRINT_ID || id === BANK_ID) return `\0${id}`;
      return null;
    },
    load(id) {
      if (id !== `\0${BLUEPRINT_ID}` && id !== `\0${BANK_ID}`) return null;
      const bank = load();
      if (id === `\0${BLUEPRINT_ID}`) return `export default ${JSON.stringify(bank.blueprint)};`;
      return `export default ${JSON.stringify(bank.questions)};`;
    },
    configureServer(server) {
      server.watcher.add(questionsDir);
      server.watcher.on('change', (file) => {
        if (!file.startsWith(questionsDir)) return;
        for (const id of [BLUEPRINT_ID, BANK_ID]) {
          const mod = server.moduleGraph.getModuleById(`\0${id}`);
          if (mod) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
