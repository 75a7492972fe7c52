package dev.assistant.migration.sql;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqlSplitterTest {

    @Test
    void semicolonsInsideStringsCommentsAndDollarQuotesDoNotSplit() {
        List<SqlStatement> statements =
                SqlSplitter.split(
                        """
                INSERT INTO t VALUES ('a;b', 'it''s');
                -- a comment; with a semicolon
                /* block; /* nested; */ still comment */
                CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;
                SELECT "odd;name" FROM t
                """);
        assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 4, 5);
        assertThat(statements.get(0).normalized()).isEqualTo("INSERT INTO T VALUES ('', '')");
        assertThat(statements.get(1).normalized()).contains("AS $$ LANGUAGE SQL");
        assertThat(statements.get(1).comments()).hasSize(2);
        assertThat(statements.get(2).normalized()).isEqualTo("SELECT \"odd;name\" FROM T");
    }

    @Test
    void classifiesTablesAsPostgresFoldsThem() {
        var create =
                StatementClassifier.classify(
                        SqlSplitter.split(
                                        "CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON \"Chat\".Memories (a)")
                                .getFirst());
        assertThat(create.kind()).isEqualTo(StatementKind.CREATE_INDEX_CONCURRENTLY);
        assertThat(create.table()).isEqualTo("Chat.memories");
        var alter =
                StatementClassifier.classify(
                        SqlSplitter.split("ALTER TABLE ONLY t ALTER COLUMN a TYPE bigint")
                                .getFirst());
        assertThat(alter.kind()).isEqualTo(StatementKind.ALTER_COLUMN_TYPE);
        assertThat(alter.kind().rewrites()).isTrue();
    }
}
