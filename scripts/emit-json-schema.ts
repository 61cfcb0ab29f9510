// Writes questions/question.schema.json from the bank's own schema, so editors validate a bank file as
// they type. The content tests fail if the committed file falls behind the schema.
import { writeFileSync } from 'node:fs';
import { bankJsonSchema } from '../src/bank/validate-bank.ts';

const path = new URL('../questions/question.schema.json', import.meta.url);
writeFileSync(path, `${JSON.stringify(bankJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path.pathname}`);
