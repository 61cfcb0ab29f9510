// The one place that reaches Prism. Prism would otherwise re-highlight every `code.language-*` element
// on page load by rewriting its innerHTML behind React's back; setting `manual` first stops that, and we
// only ever use its tokenizer, rendering the tokens as React elements (never as HTML).
(globalThis as { Prism?: { manual: boolean } }).Prism = { manual: true };
