/**
 * Minutes text rendered from Markdown, safely: raw HTML in the text is shown as the literal
 * text it is (react-markdown escapes it; nothing the coordinator wrote disappears), and
 * react-markdown's URL filter removes javascript: and similar links. Links open outside
 * the app (the desktop shell allows only http(s) there); images are not loaded.
 */
import { memo } from 'react';
import Markdown from 'react-markdown';

/** Memoised on the text: parsing Markdown is the costly part of a card, so it runs only when the text changed. */
export const MinutesMarkdown = memo(function MinutesMarkdown({ text }: { text: string }) {
  return (
    <div className="markdown">
      <Markdown
        components={{
          a: ({ href, children }) => (
            <a href={href} target="_blank" rel="noopener noreferrer">
              {children}
            </a>
          ),
          img: () => null,
        }}
      >
        {text}
      </Markdown>
    </div>
  );
});
