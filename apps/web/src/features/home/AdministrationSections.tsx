import { useTranslation } from 'react-i18next';
import type { HomeQuery } from '../../gql/graphql';
import { PATHS } from '../../lib/navigation';
import { HomeItem, HomeItems, HomeSection } from './HomeSection';
import { formatMoment } from './homeFormat';

type Home = HomeQuery['home'];

/** Role grants waiting for a decision, blocked accounts and undeliverable e-mails. */
export function AdministrationSections({ home }: { home: Home }) {
  const { t, i18n } = useTranslation();
  const admin = home.administration;
  return (
    <>
      {home.pendingRoleGrants && (
        <HomeSection
          title={t('home.roleGrants.title')}
          empty={t('home.roleGrants.empty')}
          hasItems={home.pendingRoleGrants.length > 0}
          more={{ to: PATHS.roleRequests, label: t('home.roleGrants.all') }}
        >
          <HomeItems>
            {home.pendingRoleGrants.map((grant) => (
              <HomeItem
                key={grant.id}
                to={PATHS.roleRequests}
                label={grant.userName}
                detail={[
                  t(`roles.${grant.requestedRole}`),
                  grant.municipalityName,
                  formatMoment(grant.requestedAt, i18n.language),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              />
            ))}
          </HomeItems>
        </HomeSection>
      )}
      {admin && (
        <HomeSection
          title={t('home.administration.invitations')}
          empty={t('home.administration.invitationsNone')}
          hasItems={admin.pendingInvitations > 0}
        >
          <HomeItems>
            <HomeItem
              to={`${PATHS.accountInvitations}?status=PENDING`}
              label={t('home.administration.invitationsCount', { count: admin.pendingInvitations })}
            />
          </HomeItems>
        </HomeSection>
      )}
      {admin && (
        <HomeSection
          title={t('home.administration.failed')}
          empty={t('home.administration.failedNone')}
          hasItems={admin.failedMessages > 0}
        >
          <HomeItems>
            <HomeItem
              to={`${PATHS.outbox}?status=FAILED`}
              label={t('home.administration.failedCount', { count: admin.failedMessages })}
            />
          </HomeItems>
        </HomeSection>
      )}
      {admin && (
        <HomeSection
          title={t('home.administration.disabled')}
          empty={t('home.administration.disabledEmpty')}
          hasItems={admin.disabledAccounts.length > 0}
          more={{ to: PATHS.adminUsers, label: t('home.administration.users') }}
        >
          <HomeItems>
            {admin.disabledAccounts.map((account) => (
              <HomeItem
                key={account.id}
                to={`${PATHS.adminUsers}?q=${encodeURIComponent(account.email)}`}
                label={`${account.name} (${account.email})`}
                detail={t('home.administration.disabledSince', {
                  date: formatMoment(account.disabledAt, i18n.language),
                })}
              />
            ))}
          </HomeItems>
        </HomeSection>
      )}
    </>
  );
}
