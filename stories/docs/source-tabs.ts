/**
 * HTML, React and Vue tabs over a recipe's hand-written source, for the docs pages (MDX).
 * Written with `createElement`, so it needs no JSX set-up in the project's TypeScript.
 */
import { createElement as h, useState, type ReactElement } from 'react';
import { Source } from '@storybook/addon-docs/blocks';

export interface SourceTabsProps {
  html: string;
  react: string;
  vue: string;
}

const TABS = [
  { key: 'html', label: 'HTML', language: 'html' },
  { key: 'react', label: 'React', language: 'tsx' },
  { key: 'vue', label: 'Vue', language: 'html' },
] as const;

export function SourceTabs(props: SourceTabsProps): ReactElement {
  const [current, setCurrent] = useState<(typeof TABS)[number]['key']>('html');
  const id = (key: string) => `source-tab-${key}-${props.html.length}`;
  return h(
    'div',
    { className: 'source-tabs' },
    h(
      'div',
      { role: 'tablist', 'aria-label': 'Source', style: { display: 'flex', gap: '0.25rem', marginTop: '0.5rem' } },
      TABS.map((tab) =>
        h(
          'button',
          {
            key: tab.key,
            type: 'button',
            role: 'tab',
            id: id(tab.key),
            'aria-selected': current === tab.key,
            onClick: () => setCurrent(tab.key),
            style: {
              padding: '0.35rem 0.9rem',
              border: '1px solid #c9d1d9',
              borderBottom: current === tab.key ? '2px solid #0b5cad' : '1px solid #c9d1d9',
              background: current === tab.key ? '#ffffff' : '#f4f6f8',
              fontWeight: current === tab.key ? 700 : 400,
              cursor: 'pointer',
            },
          },
          tab.label,
        ),
      ),
    ),
    h(
      'div',
      { role: 'tabpanel', 'aria-labelledby': id(current) },
      h(Source, { code: props[current], language: TABS.find((t) => t.key === current)!.language, dark: true }),
    ),
  );
}
