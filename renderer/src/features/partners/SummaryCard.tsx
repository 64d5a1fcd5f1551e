import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Section } from '../../ui/Section';

/** One section of "everything about a partner": a few rows, and a link to the full filtered list. */
export function SummaryCard({ title, allLink, children }: { title: string; allLink?: { to: string; label: string }; children: ReactNode }) {
  return (
    <Section title={title} className="partner-summary-card">
      {children}
      {allLink && (
        <p className="partner-summary-all">
          <Link to={allLink.to}>{allLink.label} →</Link>
        </p>
      )}
    </Section>
  );
}

/** A short list, or what to say when it is empty. */
export function SummaryList({ empty, children }: { empty: string; children: ReactNode[] }) {
  if (children.length === 0) return <p className="muted">{empty}</p>;
  return <ul className="partner-summary-list">{children}</ul>;
}
