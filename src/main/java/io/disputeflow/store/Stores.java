package io.disputeflow.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The marketplace's companies and stores. */
@Repository
public class Stores {

    /** A company's agents serve all its stores from one inbox; the platform allows up to six open ones. */
    public static final int MAX_STORES_PER_COMPANY = 6;

    private final JdbcTemplate jdbc;

    public Stores(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the company and the store if they are missing; a seventh store of a company is refused. */
    @Transactional
    public Store register(String companyId, String companyName, String storeId, String storeName) {
        addCompanyIfMissing(companyId, companyName);
        return open(companyId, storeId, storeName);
    }

    /** @return true when the company was added, false when a company with this id exists */
    @Transactional
    public boolean addCompanyIfMissing(String companyId, String companyName) {
        if (findCompany(companyId).isPresent()) {
            return false;
        }
        jdbc.update("INSERT INTO company (id, name) VALUES (?, ?)", companyId, companyName);
        return true;
    }

    /**
     * Opens the store for its company unless a store with this id exists (then returns that one, whatever its
     * company); a company's seventh open store is refused.
     */
    @Transactional
    public Store open(String companyId, String storeId, String storeName) {
        // lock the company row so that two openings cannot both take the sixth place (or both insert this store)
        jdbc.queryForObject("SELECT id FROM company WHERE id = ? FOR UPDATE", String.class, companyId);
        Optional<Store> existing = find(storeId);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (openStoresOf(companyId) >= MAX_STORES_PER_COMPANY) {
            throw new StoreLimitExceededException(companyId, MAX_STORES_PER_COMPANY);
        }
        jdbc.update("INSERT INTO store (id, company_id, name) VALUES (?, ?, ?)", storeId, companyId, storeName);
        return new Store(storeId, companyId, storeName);
    }

    /** Closes the store at {@code at} unless it is closed already; @return when it was closed */
    @Transactional
    public Instant close(String storeId, Instant at) {
        jdbc.update("UPDATE store SET closed_at = ? WHERE id = ? AND closed_at IS NULL", Timestamp.from(at), storeId);
        return closedAt(storeId).orElseThrow(() -> new UnknownStoreException(storeId));
    }

    /** When the store was closed; empty while it is open (or unknown). */
    public Optional<Instant> closedAt(String storeId) {
        return standing(storeId).map(Standing::closedAt);
    }

    /** A store with the time it was closed, null while it is open. */
    public record Standing(Store store, Instant closedAt) {
    }

    /** The store and whether it is closed, in one read; empty for a store not registered. */
    public Optional<Standing> standing(String storeId) {
        return jdbc.query("SELECT id, company_id, name, closed_at FROM store WHERE id = ?", (rs, row) -> {
            Timestamp closedAt = rs.getTimestamp("closed_at");
            return new Standing(map(rs, row), closedAt == null ? null : closedAt.toInstant());
        }, storeId).stream().findFirst();
    }

    public Optional<Store> find(String storeId) {
        return jdbc.query("SELECT id, company_id, name FROM store WHERE id = ?", Stores::map, storeId).stream()
                .findFirst();
    }

    public List<Store> all() {
        return jdbc.query("SELECT id, company_id, name FROM store ORDER BY company_id, id", Stores::map);
    }

    public List<Store> ofCompany(String companyId) {
        return jdbc.query("SELECT id, company_id, name FROM store WHERE company_id = ? ORDER BY id", Stores::map,
                companyId);
    }

    /** The company's name, if there is a company with this id. */
    public Optional<String> findCompany(String companyId) {
        return jdbc.queryForList("SELECT name FROM company WHERE id = ?", String.class, companyId).stream()
                .findFirst();
    }

    public String companyName(String companyId) {
        return jdbc.queryForObject("SELECT name FROM company WHERE id = ?", String.class, companyId);
    }

    /** Stores of the company that are not closed: at most {@link #MAX_STORES_PER_COMPANY}. */
    public int openStoresOf(String companyId) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM store WHERE company_id = ? AND closed_at IS NULL",
                Integer.class, companyId);
        return count == null ? 0 : count;
    }

    private static Store map(ResultSet rs, int row) throws SQLException {
        return new Store(rs.getString("id"), rs.getString("company_id"), rs.getString("name"));
    }
}
