package dev.verbatim.internal.watch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The terms a document must hold one of for a query to match it, read from the query's own
 * structure ({@link Query#visit}), as Lucene's monitor (formerly Luwak) reads them: a conjunction
 * needs only one of its required parts, the one whose terms the fewest documents hold (by the
 * index's document frequencies; of equals, the longest terms); a disjunction needs any of its
 * parts; an excluded part needs nothing. A part whose terms cannot be listed (a prefix, a date
 * range, a pure negation) makes the answer "any document": such a query is run on every arriving
 * document.
 */
final class QueryTerms {
  private QueryTerms() {}

  /**
   * What every document a query matches holds: one of {@code terms}, and, when {@code also} is not
   * null, one of {@code also} too (a second required part: a phrase's other word), checked after
   * the first picked the query.
   */
  record Requirement(Set<Term> terms, Set<Term> also) {}

  /**
   * The terms one of which every document {@code query} matches contains; null when no such set can
   * be read (the query must then be tried on every document).
   */
  static Set<Term> required(Query query) {
    Requirement r = requirement(query, t -> 0);
    return r == null ? null : r.terms();
  }

  /**
   * {@link #required(Query)}, choosing among a conjunction's parts by {@code docFreq}: how many
   * documents of the index hold a term (the part whose terms together are held by the fewest wins).
   */
  static Requirement requirement(Query query, ToLongFunction<Term> docFreq) {
    Node root = new Node(true, false, docFreq);
    query.visit(root);
    Result result = root.result();
    return result.any() ? null : new Requirement(result.terms(), result.also());
  }

  /** Either "any document" or a set of terms of which a matching document holds one. */
  private record Result(Set<Term> terms, Set<Term> also) {
    static final Result ANY = new Result(null, null);

    Result(Set<Term> terms) {
      this(terms, null);
    }

    boolean any() {
      return terms == null;
    }

    /** How many documents hold one of the terms, at most (the sum of their frequencies). */
    long cost(ToLongFunction<Term> docFreq) {
      long cost = 0;
      for (Term t : terms) {
        cost += docFreq.applyAsLong(t);
      }
      return cost;
    }

    /** How selective the set looks without frequencies: its shortest term's length. */
    int length() {
      int length = Integer.MAX_VALUE;
      for (Term t : terms) {
        length = Math.min(length, t.bytes().length);
      }
      return length;
    }

    /** Whether this set is a better filter than {@code other}. */
    boolean betterThan(Result other, ToLongFunction<Term> docFreq) {
      int byCost = Long.compare(cost(docFreq), other.cost(docFreq));
      return byCost != 0 ? byCost < 0 : length() > other.length();
    }
  }

  /**
   * One level of the query: a conjunction (required and filter clauses, a phrase's terms, an
   * ordered interval) or a disjunction (should clauses, a synonym's forms).
   */
  private static final class Node extends QueryVisitor {
    private final boolean conjunction;

    /** Whether it holds the optional clauses of a conjunction that has required ones too. */
    private final boolean optional;

    private final ToLongFunction<Term> docFreq;
    private final List<Node> children = new ArrayList<>();
    private final List<Result> items = new ArrayList<>();

    Node(boolean conjunction, boolean optional, ToLongFunction<Term> docFreq) {
      this.conjunction = conjunction;
      this.optional = optional;
      this.docFreq = docFreq;
    }

    @Override
    public void consumeTerms(Query query, Term... terms) {
      for (Term t : terms) {
        items.add(new Result(Set.of(t)));
      }
    }

    @Override
    public void consumeTermsMatching(
        Query query, String field, Supplier<ByteRunAutomaton> automaton) {
      items.add(Result.ANY);
    }

    @Override
    public void visitLeaf(Query query) {
      items.add(Result.ANY);
    }

    @Override
    public QueryVisitor getSubVisitor(Occur occur, Query parent) {
      return switch (occur) {
        case MUST_NOT -> QueryVisitor.EMPTY_VISITOR;
        case MUST, FILTER -> add(new Node(true, false, docFreq));
        // a boolean query's should clauses are optional beside its required ones; a synonym's
        // forms, or an interval disjunction, are one required part
        case SHOULD -> add(new Node(false, conjunction && parent instanceof BooleanQuery, docFreq));
      };
    }

    private Node add(Node child) {
      children.add(child);
      return child;
    }

    Result result() {
      List<Result> parts = new ArrayList<>(items);
      List<Result> optionalParts = new ArrayList<>();
      for (Node child : children) {
        Result r = child.result();
        if (r == null) {
          continue; // an empty level (only excluded clauses under it)
        }
        (child.optional ? optionalParts : parts).add(r);
      }
      if (conjunction) {
        // optional clauses are needed only where nothing else is (a query of should clauses)
        if (parts.isEmpty()) {
          if (optionalParts.size() == 1) {
            return optionalParts.getFirst();
          }
          parts = optionalParts.isEmpty() ? parts : List.of(union(optionalParts));
        }
        // every part is required, and each part's own second requirement too: the two best
        List<Result> required = new ArrayList<>();
        for (Result r : parts) {
          if (!r.any()) {
            required.add(new Result(r.terms()));
            if (r.also() != null) {
              required.add(new Result(r.also()));
            }
          }
        }
        Result best = null;
        for (Result r : required) {
          if (best == null || r.betterThan(best, docFreq)) {
            best = r;
          }
        }
        if (best == null) {
          return Result.ANY;
        }
        Result next = null;
        for (Result r : required) {
          if (!r.terms().equals(best.terms()) && (next == null || r.betterThan(next, docFreq))) {
            next = r;
          }
        }
        return new Result(best.terms(), next == null ? null : next.terms());
      }
      parts.addAll(optionalParts);
      return parts.isEmpty() ? null : union(parts);
    }

    /** Any of the parts: one of their first terms, and one of their second when each has one. */
    private static Result union(List<Result> parts) {
      Set<Term> all = new HashSet<>();
      Set<Term> also = new HashSet<>();
      for (Result r : parts) {
        if (r.any()) {
          return Result.ANY;
        }
        all.addAll(r.terms());
        if (also != null && r.also() != null) {
          also.addAll(r.also());
        } else {
          also = null;
        }
      }
      return new Result(all, also);
    }
  }
}
