// Node-only: checks code snippets with CPython's own parser (ast.parse), the one real authority on
// whether a snippet is valid Python. All snippets go through one python3 process.
import { spawnSync } from 'node:child_process';

export interface SnippetError {
  id: string;
  message: string;
}

const PROGRAM = `
import ast, json, sys
errors = []
for item in json.load(sys.stdin):
    try:
        ast.parse(item["source"])
    except SyntaxError as e:
        errors.append({"id": item["id"], "message": f"line {e.lineno}: {e.msg}"})
json.dump(errors, sys.stdout)
`;

export function checkPythonSnippets(snippets: { id: string; source: string }[]): SnippetError[] {
  const run = spawnSync('python3', ['-c', PROGRAM], { input: JSON.stringify(snippets), encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    throw new Error(`python3 could not check the snippets: ${run.error?.message ?? run.stderr}`);
  }
  return JSON.parse(run.stdout) as SnippetError[];
}
