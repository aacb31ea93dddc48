package io.disputeflow.onboarding;

import io.disputeflow.identity.CompanyAccounts;
import io.disputeflow.identity.CompanyAccounts.Account;
import io.disputeflow.onboarding.OnboardingViews.CompanyView;
import io.disputeflow.onboarding.OnboardingViews.PersonView;
import io.disputeflow.onboarding.OnboardingViews.StoreView;
import io.disputeflow.store.Store;
import io.disputeflow.store.Stores;
import io.disputeflow.store.UnknownCompanyException;
import io.disputeflow.store.UnknownStoreException;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Companies, stores and people as the onboarding API shows them. */
@Component
class OnboardingReads {

    private final Stores stores;
    private final CompanyAccounts accounts;
    private final JdbcTemplate jdbc;

    OnboardingReads(Stores stores, CompanyAccounts accounts, JdbcTemplate jdbc) {
        this.stores = stores;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    CompanyView company(String companyId) {
        String name = stores.findCompany(companyId).orElseThrow(() -> new UnknownCompanyException(companyId));
        return new CompanyView(companyId, name, Stores.MAX_STORES_PER_COMPANY, stores.openStoresOf(companyId),
                stores.ofCompany(companyId).stream().map(this::store).toList(),
                accounts.of(companyId).stream().map(account -> person(companyId, account)).toList());
    }

    StoreView store(String storeId) {
        return store(stores.find(storeId).orElseThrow(() -> new UnknownStoreException(storeId)));
    }

    PersonView person(String companyId, String userId) {
        stores.findCompany(companyId).orElseThrow(() -> new UnknownCompanyException(companyId));
        return accounts.find(userId).filter(account -> accounts.isMember(companyId, userId))
                .map(account -> person(companyId, account))
                .orElseThrow(() -> new UnknownPersonException(companyId, userId));
    }

    static PersonView person(String companyId, Account account) {
        return new PersonView(account.userId(), companyId, account.firstName(), account.lastName(), account.email(),
                account.role() == null ? null : CompanyRole.of(account.role()));
    }

    private StoreView store(Store store) {
        Instant closedAt = stores.closedAt(store.id()).orElse(null);
        Integer open = jdbc.queryForObject("SELECT count(*) FROM dispute WHERE store_id = ? AND closed_at IS NULL",
                Integer.class, store.id());
        return new StoreView(store.id(), store.companyId(), store.name(), closedAt == null ? "OPEN" : "CLOSED",
                closedAt, open == null ? 0 : open);
    }
}
