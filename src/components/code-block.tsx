import './prism';
import Prism from 'prismjs';
import 'prismjs/components/prism-python';
import type { ReactNode } from 'react';

type Tok = string | Prism.Token;

function render(tokens: Tok[] | Tok, key = 'k'): ReactNode {
  if (typeof tokens === 'string') return tokens;
  if (Array.isArray(tokens)) return tokens.map((t, i) => render(t, `${key}.${i}`));
  const content = tokens.content as Tok[] | Tok;
  return (
    <span key={key} className={`tok tok-${tokens.type}`}>
      {render(content, key)}
    </span>
  );
}

/** Python source, highlighted by Prism's tokenizer and rendered as text nodes, never as HTML. */
export function CodeBlock({ source, label }: { source: string; label: string }) {
  const grammar = Prism.languages.python;
  const tokens = grammar ? Prism.tokenize(source, grammar) : [source];
  return (
    // A wide snippet scrolls sideways; tabIndex lets a keyboard user scroll it (axe: scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <pre className="code-block" aria-label={label} tabIndex={0}>
      <code>{render(tokens)}</code>
    </pre>
  );
}
