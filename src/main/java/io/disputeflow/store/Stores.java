package io.disputeflow.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The marketplace's companies and stores. */
@Repository
public class Stores {

    /** A company's agents serve all its stores from one inbox; the platform allows up to six. */
    public static final int MAX_STORES_PER_COMPANY = 6;

    private final JdbcTemplate jdbc;

    public Stores(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the company and the store if they are missing; a seventh store of a company is refused. */
    @Transactional
    public Store register(String companyId, String companyName, String storeId, String storeName) {
        if (count("SELECT count(*) FROM company WHERE id = ?", companyId) == 0) {
            jdbc.update("INSERT INTO company (id, name) VALUES (?, ?)", companyId, companyName);
        }
        Optional<Store> existing = find(storeId);
        if (existing.isPresent()) {
            return existing.get();
        }
        // lock the company row so that two registrations cannot both take the sixth place
        jdbc.queryForObject("SELECT id FROM company WHERE id = ? FOR UPDATE", String.class, companyId);
        if (count("SELECT count(*) FROM store WHERE company_id = ?", companyId) >= MAX_STORES_PER_COMPANY) {
            throw new StoreLimitExceededException(companyId, MAX_STORES_PER_COMPANY);
        }
        jdbc.update("INSERT INTO store (id, company_id, name) VALUES (?, ?, ?)", storeId, companyId, storeName);
        return new Store(storeId, companyId, storeName);
    }

    public Optional<Store> find(String storeId) {
        return jdbc.query("SELECT id, company_id, name FROM store WHERE id = ?", Stores::map, storeId).stream()
                .findFirst();
    }

    public List<Store> all() {
        return jdbc.query("SELECT id, company_id, name FROM store ORDER BY company_id, id", Stores::map);
    }

    public String companyName(String companyId) {
        return jdbc.queryForObject("SELECT name FROM company WHERE id = ?", String.class, companyId);
    }

    private static Store map(ResultSet rs, int row) throws SQLException {
        return new Store(rs.getString("id"), rs.getString("company_id"), rs.getString("name"));
    }

    private int count(String sql, String id) {
        Integer count = jdbc.queryForObject(sql, Integer.class, id);
        return count == null ? 0 : count;
    }
}
