package io.disputeflow.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The indexes DisputeFlow adds to Camunda's tables on PostgreSQL, from the one script the application applies
 * ({@value #SCRIPT}): the bare-Camunda baseline gets the same, and every storm notes which of them its database
 * has, so that a comparison with the baseline is one of like with like.
 */
final class CamundaIndexScript {

    static final String SCRIPT = "db/camunda-indexes.sql";
    private static final Pattern INDEX = Pattern.compile("CREATE INDEX IF NOT EXISTS (\\w+)",
            Pattern.CASE_INSENSITIVE);

    private CamundaIndexScript() {
    }

    /** Runs the script (idempotent) on a database whose Camunda schema exists. */
    static void apply(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource(SCRIPT));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not apply " + SCRIPT, e);
        }
    }

    /** The script's index names. */
    static List<String> names() {
        try {
            String script = new ClassPathResource(SCRIPT).getContentAsString(StandardCharsets.UTF_8);
            List<String> names = new ArrayList<>();
            Matcher matcher = INDEX.matcher(script);
            while (matcher.find()) {
                names.add(matcher.group(1).toLowerCase());
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + SCRIPT, e);
        }
    }

    /** E.g. "indexes of db/camunda-indexes.sql present: 3 of 3". */
    static String presentIn(JdbcTemplate jdbc) {
        List<String> names = names();
        List<String> present = new ArrayList<>();
        for (String name : names) {
            Integer found = jdbc.queryForObject("SELECT count(*) FROM pg_indexes WHERE indexname = ?", Integer.class,
                    name);
            if (found != null && found > 0) {
                present.add(name);
            }
        }
        return "indexes of " + SCRIPT + " in its database: " + present.size() + " of " + names.size()
                + (present.isEmpty() ? "" : " (" + String.join(", ", present) + ")");
    }
}
