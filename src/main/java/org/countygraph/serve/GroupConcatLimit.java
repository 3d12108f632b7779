package org.countygraph.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AccumulatorExpr;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * An optimizer for the served dataset (set as its {@code arq:optimizerFactory}) that bounds what
 * {@code GROUP_CONCAT} may build: at most a set number of characters for all the groups of one
 * query, beyond which the query fails with {@link ResultTooLargeException}. A timeout bounds time,
 * not memory: over a cross product, {@code GROUP_CONCAT} fills a 256 MB heap in under two
 * seconds. Everything else is Jena's standard optimizer.
 */
final class GroupConcatLimit implements RewriteFactory {
    private final long maxChars;

    GroupConcatLimit(long maxChars) { this.maxChars = maxChars; }

    @Override
    public Rewrite create(Context context) {
        Rewrite standard = Optimize.stdOptimizationFactory.create(context);
        return op -> standard.rewrite(Transformer.transform(new Capping(new Budget(maxChars)), op));
    }

    /** The characters one query may still concatenate. */
    private record Budget(long max, AtomicLong used) {
        Budget(long max) { this(max, new AtomicLong()); }

        void take(long chars) {
            if (used.addAndGet(chars) > max) {
                throw new ResultTooLargeException("Result too large: GROUP_CONCAT would build more than " + max
                        + " characters, this server's cap. Narrow the pattern or group more finely.");
            }
        }
    }

    /** Replaces each GROUP_CONCAT of a grouping with one that draws on the query's budget. */
    private static final class Capping extends TransformCopy {
        private final Budget budget;

        Capping(Budget budget) { this.budget = budget; }

        @Override
        public Op transform(OpGroup group, Op sub) {
            List<ExprAggregator> aggs = new ArrayList<>();
            for (ExprAggregator ea : group.getAggregators()) {
                Aggregator a = ea.getAggregator();
                if (a instanceof AggGroupConcat gc) aggs.add(new ExprAggregator(ea.getVar(), new Capped(gc.getExprList().get(0), gc.getSeparator(), budget)));
                else if (a instanceof AggGroupConcatDistinct gc) aggs.add(new ExprAggregator(ea.getVar(), new CappedDistinct(gc.getExprList().get(0), gc.getSeparator(), budget)));
                else aggs.add(ea);
            }
            return OpGroup.create(sub, group.getGroupVars(), aggs);
        }
    }

    private static final class Capped extends AggGroupConcat {
        private final Budget budget;

        Capped(Expr expr, String separator, Budget budget) {
            super(expr, separator);
            this.budget = budget;
        }

        @Override
        public Aggregator copy(ExprList exprs) { return new Capped(exprs.get(0), getSeparator(), budget); }

        @Override
        public Accumulator createAccumulator() { return new Concatenation(getExprList().get(0), separator(getSeparator()), false, budget); }
    }

    private static final class CappedDistinct extends AggGroupConcatDistinct {
        private final Budget budget;

        CappedDistinct(Expr expr, String separator, Budget budget) {
            super(expr, separator);
            this.budget = budget;
        }

        @Override
        public Aggregator copy(ExprList exprs) { return new CappedDistinct(exprs.get(0), getSeparator(), budget); }

        @Override
        public Accumulator createAccumulator() { return new Concatenation(getExprList().get(0), separator(getSeparator()), true, budget); }
    }

    private static String separator(String s) { return s == null ? " " : s; }

    /** GROUP_CONCAT's accumulator (as Jena's: values as strings, errors skipped), charging the budget first. */
    private static final class Concatenation extends AccumulatorExpr {
        private final StringBuilder sb = new StringBuilder();
        private final String separator;
        private final Budget budget;
        private boolean first = true;

        Concatenation(Expr expr, String separator, boolean distinct, Budget budget) {
            super(expr, distinct);
            this.separator = separator;
            this.budget = budget;
        }

        @Override
        protected void accumulate(NodeValue nv, Binding binding, FunctionEnv env) {
            String s = nv.asString();
            budget.take(s.length() + (first ? 0 : separator.length()));
            if (!first) sb.append(separator);
            sb.append(s);
            first = false;
        }

        @Override
        protected void accumulateError(Binding binding, FunctionEnv env) { }

        @Override
        public NodeValue getAccValue() { return NodeValue.makeString(sb.toString()); }
    }
}
