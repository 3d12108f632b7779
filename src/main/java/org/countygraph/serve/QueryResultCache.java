package org.countygraph.serve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;

/**
 * SELECT and ASK results of the SPARQL endpoint kept per data version of the store: a result is
 * found only while the store's data version (which every committed write advances) is the one
 * it was computed at, so a write makes every older result unreachable. Results of more than
 * {@value #MAX_ROWS} rows stream as before and are not kept, nor are those of queries that call
 * functions whose value changes from call to call ({@code RAND}, {@code NOW}, {@code UUID}...).
 * At most {@value #MAX_ENTRIES} results and {@value #MAX_TOTAL_ROWS} rows, least recently used
 * first out. Thread-safe.
 */
final class QueryResultCache {
    static final int MAX_ENTRIES = 1024;
    static final int MAX_ROWS = 5_000;
    static final long MAX_TOTAL_ROWS = 500_000;
    private static final Pattern VOLATILE = Pattern.compile("\\b(rand|now|uuid|struuid|bnode)\\s*\\(");

    private record Key(String query, long version) {}

    /** A kept result: rows with their variables, or an ASK answer (then {@code vars} is null). */
    private record Result(List<Var> vars, List<Binding> rows, boolean ask) {
        QueryExecResult answer() {
            if (vars == null) return new QueryExecResult(ask);
            return new QueryExecResult(RowSet.create(QueryIterPlainWrapper.create(rows.iterator()), vars));
        }

        long size() { return vars == null ? 1 : Math.max(1, rows.size()); }
    }

    private final LinkedHashMap<Key, Result> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long rows;
    private long hits;

    /** True when results of {@code query} may be kept: a SELECT or ASK that calls no volatile function. */
    static boolean keeps(Query query) {
        return (query.isSelectType() || query.isAskType()) && !VOLATILE.matcher(query.toString().toLowerCase(Locale.ROOT)).find();
    }

    /** The answer to {@code query} at {@code version}: kept, or computed by {@code exec} (and kept when small enough). */
    QueryExecResult answer(Query query, long version, QueryExec exec) {
        Key key = new Key(query.toString(), version);
        Optional<Result> kept = get(key);
        if (kept.isPresent()) return kept.get().answer();
        if (query.isAskType()) {
            Result r = new Result(null, List.of(), exec.ask());
            put(key, r);
            return r.answer();
        }
        RowSet rs = exec.select();
        List<Binding> buffered = new ArrayList<>();
        while (buffered.size() <= MAX_ROWS && rs.hasNext()) buffered.add(BindingFactory.copy(rs.next()));
        if (buffered.size() > MAX_ROWS) {
            Iterator<Binding> all = Iter.concat(buffered.iterator(), rs);
            return new QueryExecResult(RowSet.create(QueryIterPlainWrapper.create(all), rs.getResultVars()));
        }
        Result r = new Result(List.copyOf(rs.getResultVars()), List.copyOf(buffered), false);
        put(key, r);
        return r.answer();
    }

    /** How many answers came from kept results. */
    synchronized long hits() { return hits; }

    private synchronized Optional<Result> get(Key key) {
        Result r = entries.get(key);
        if (r != null) hits++;
        return Optional.ofNullable(r);
    }

    private synchronized void put(Key key, Result r) {
        Result old = entries.put(key, r);
        rows += r.size() - (old == null ? 0 : old.size());
        var it = entries.entrySet().iterator();
        while ((entries.size() > MAX_ENTRIES || rows > MAX_TOTAL_ROWS) && it.hasNext()) {
            rows -= it.next().getValue().size();
            it.remove();
        }
    }
}
