import { Fragment } from 'react';

/**
 * Question text: `backticks` become inline code and blank lines become paragraph breaks. Everything is
 * rendered as text; nothing in a question can inject markup.
 */
export function RichText({ text, as: Tag = 'p', className }: { text: string; as?: 'p' | 'span' | 'div'; className?: string }) {
  const paragraphs = Tag === 'span' ? [text] : text.split(/\n\s*\n/);
  return (
    <>
      {paragraphs.map((para, pi) => (
        <Tag key={pi} className={className}>
          {para.split(/(`[^`]+`)/g).map((part, i) =>
            part.length > 2 && part.startsWith('`') && part.endsWith('`') ? (
              <code key={i}>{part.slice(1, -1)}</code>
            ) : (
              <Fragment key={i}>{part}</Fragment>
            ),
          )}
        </Tag>
      ))}
    </>
  );
}
