import { useTranslation } from 'react-i18next';
import type { Contact } from '../../domain/partner';
import { mailtoHref, telHref } from './contact-links';

/** The partner's contacts; e-mail and phone open the mail or phone app. */
export function ContactsTable({ contacts }: { contacts: Contact[] }) {
  const { t } = useTranslation('partners');
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">{t('contacts.name')}</th>
          <th scope="col">{t('contacts.role')}</th>
          <th scope="col">{t('contacts.email')}</th>
          <th scope="col">{t('contacts.phone')}</th>
        </tr>
      </thead>
      <tbody>
        {contacts.map((contact) => (
          <tr key={contact.id}>
            <td>
              {contact.name}
              {contact.notes && <div className="short">{contact.notes}</div>}
            </td>
            <td>{contact.role}</td>
            <td>
              <ContactLink text={contact.email} href={mailtoHref(contact.email)} label={t('summary.writeTo', { name: contact.name })} />
            </td>
            <td>
              <ContactLink text={contact.phone} href={telHref(contact.phone)} label={t('summary.call', { name: contact.name })} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ContactLink({ text, href, label }: { text: string; href: string | null; label: string }) {
  if (!href) return <>{text}</>;
  return (
    <a href={href} title={label}>
      {text}
    </a>
  );
}
