import * as z from 'zod/mini';

// One schema for the bank: it checks the files at build and test time, checks question snapshots read
// back from storage, and emits questions/question.schema.json for editors. Objects are strict so that a
// misspelt field name ("optionNote") is an error, not a silently missing note.

const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
const optionId = z.string().check(z.regex(/^[a-e]$/, 'must be one of "a" to "e"'));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-30'));

export const localizedTextSchema = z.strictObject({
  stem: z.optional(text),
  options: z.optional(z.record(optionId, text)),
  explanation: z.optional(text),
  optionNotes: z.optional(z.record(optionId, text)),
});

export const questionSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+-\d{3}$/, 'must look like "<topic-id>-001"')),
  domain: text,
  topic: text,
  difficulty: z.enum(['easy', 'medium', 'hard']),
  stem: text,
  code: z.optional(
    z.strictObject({
      language: z.literal('python'),
      source: text,
    }),
  ),
  options: z
    .array(
      z.strictObject({
        id: optionId,
        text,
        fixed: z.optional(z.boolean()),
      }),
    )
    .check(z.minLength(4, 'needs 4 or 5 options'), z.maxLength(5, 'needs 4 or 5 options')),
  answer: z.array(optionId).check(z.minLength(1, 'needs at least one option id')),
  explanation: text,
  optionNotes: z.record(optionId, text),
  references: z
    .array(
      z.strictObject({
        title: text,
        url: z.url({ protocol: /^https$/, error: 'must be an https URL' }),
      }),
    )
    .check(z.minLength(1, 'needs at least one primary-source reference')),
  checked: z.strictObject({
    against: text,
    version: text,
    date: isoDate,
  }),
  notWith: z.optional(z.array(z.string().check(z.regex(/^[a-z0-9-]+-\d{3}$/, 'must be a question id'))).check(z.minLength(1))),
  i18n: z.optional(z.record(z.string().check(z.regex(/^[a-z]{2}(-[A-Z]{2})?$/)), localizedTextSchema)),
});

export const blueprintSchema = z.strictObject({
  id: text,
  title: text,
  questionCount: z.int().check(z.positive()),
  durationMinutes: z.number().check(z.positive()),
  passPercent: z.number().check(z.gt(0), z.lte(100)),
  domains: z
    .array(
      z.strictObject({
        id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
        name: text,
        weight: z.number().check(z.positive()),
        topics: z
          .array(z.strictObject({ id: z.string().check(z.regex(/^[a-z0-9-]+$/)), name: text }))
          .check(z.minLength(1)),
      }),
    )
    .check(z.minLength(1)),
});

export type QuestionInput = z.infer<typeof questionSchema>;
export type BlueprintInput = z.infer<typeof blueprintSchema>;
