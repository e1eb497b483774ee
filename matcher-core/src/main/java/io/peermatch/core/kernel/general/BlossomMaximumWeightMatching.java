package io.peermatch.core.kernel.general;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.kernel.SolveControl;
import java.util.Arrays;

/**
 * Exact maximum-weight matching in a general (non-bipartite) graph: Edmonds' weighted blossom
 * algorithm with dual adjustments, returning the matching and its dual certificate.
 *
 * <p>Structure: the primal-dual algorithm with S/T labels, blossom shrinking and expansion and the
 * four dual-change events (an S-vertex dual reaching 0, an S-to-free edge, an S-to-S edge, a
 * T-blossom dual reaching 0), as in Galil's survey and van Rantwijk's well-known implementation,
 * reorganised in the way of Kolmogorov's Blossom V: many alternating trees live at once and are
 * kept across augmentations (only the one or two trees that an augmentation touches are dissolved),
 * the dual change &delta; is global and applied lazily (each label carries the time it was set, so
 * a dual is read in O(1) and never updated in a sweep), and the next event comes from three lazy
 * binary heaps (edges keyed by the time they become tight, S-vertices by the time their dual
 * reaches 0, T-blossoms by the time their dual reaches 0), each entry revalidated when it reaches
 * the top. The warm start sets y<sub>v</sub> to half the heaviest incident weight, lowers each
 * vertex's dual as far as feasibility allows and matches along the tight edges it creates, so the
 * trees start from an almost maximal matching. On random graphs with uniform weights blossoms nest
 * deeply (100,000 vertices with 20 random edges each end with 4,731 blossoms holding 127 million
 * memberships in all), so nothing walks a blossom when it grows: the top blossom of a vertex is
 * found through a cluster that the largest child hands on to its parent (only the smaller
 * children's vertices are relabelled, and a cluster offset carries the largest child's dual
 * change), a blossom's vertices are a segment of one leaf list, and the certificate is a laminar
 * forest ({@link GeneralDualCertificate#laminar}).
 *
 * <p>Running time: O(n (m log m + n<sup>2</sup>)) in the worst case (at most n/2 augmentations; in
 * between, O(m) lazy heap entries and O(n) blossom operations of O(n) each), as for the classic
 * O(n<sup>3</sup>) implementations; on sparse random and skill-like graphs it behaves near-linearly
 * because trees are small and survive augmentations (about 1 s of CPU for 100,000 people with ten
 * candidates each). Memory: O(n + m) plus the lazy heaps. Accepts any {@link CandidateGraph} with
 * all capacities 1 (use {@link VertexSplittingBMatching} for capacities); edges of weight at most 0
 * are never matched. Optimal within floating-point tolerance (about 1e-11 of the largest weight);
 * the returned {@link GeneralDualCertificate} lets {@link GeneralMatchingChecker} prove it. {@link
 * #solve(CandidateGraph, double)} stops early at a proven relative gap: the fast approximation with
 * a guarantee. Deterministic. Honours thread interruption (a {@link
 * io.peermatch.api.MatchingCancelledException}) and, with a {@link SolveControl}, a deadline: the
 * run then stops between two events, as at a reached gap, and returns the matching so far with its
 * feasible dual ({@link GeneralMatchingResult#deadlineReached()}). Nested blossoms are augmented
 * with an explicit stack, so any nesting depth runs on the default thread stack.
 *
 * <p>References: J. Edmonds, "Paths, trees, and flowers", Canadian J. Math. 17 (1965) 449-467; Z.
 * Galil, "Efficient algorithms for finding maximum matching in graphs", ACM Computing Surveys 18(1)
 * (1986) 23-38; V. Kolmogorov, "Blossom V: a new implementation of a minimum cost perfect matching
 * algorithm", Math. Prog. Comp. 1 (2009) 43-67; J. van Rantwijk, mwmatching.py (2008).
 */
public final class BlossomMaximumWeightMatching {

  private static final byte FREE = 0;
  private static final byte S = 1;
  private static final byte T = 2;
  private static final byte MARK = 4;

  /** The progress phase. */
  static final String PHASE = "blossom";

  private final int n;
  private final int[] eu;
  private final int[] ev;
  private final double[] ew;
  private final int[] adjStart;
  private final int[] adj;
  // The other end and the weight of each adjacency slot, so that scans read them in order instead
  // of fetching eu/ev/ew of scattered edge ids (the scans are most of the run time).
  private final int[] adjOther;
  private final double[] adjWeight;
  private final double eps;

  // Vertices are ids 0..n-1 and blossoms n..2n-1; the arrays below of length 2n are shared.
  private final int[] mate; // remote endpoint (2e or 2e+1) of the matched edge, or -1
  // The top-level blossom of a vertex is clusterTop[cluster[v]]: when blossoms merge, the largest
  // child's vertices keep their cluster (which now names the new blossom) and only the smaller
  // children's vertices are relabelled, so a giant nested blossom is never walked when it grows.
  // A cluster also carries an offset folded into its vertices' duals in O(1).
  private final int[] cluster;
  private final int[] clusterTop;
  private final double[] clusterOff;
  private final int[] clusterOf; // the cluster of each top-level blossom or vertex
  private final int[] freeClusters;
  private int freeClusterCount;
  private final int[] leafCount; // vertices inside each blossom
  private final int[] heavyChild; // the child whose cluster a blossom took over
  private final double[] yb; // vertex dual minus the offset of its top blossom
  private final byte[] label;
  private final int[] labelEnd;
  private final int[] treeRoot;
  private final double[] acc; // accumulated offset of a top blossom's vertex duals
  private final double[] t0; // time the label was set
  private final double[] zb; // blossom dual at time t0
  private final int[] blossomParent;
  private final int[] blossomBase;
  private final int[][] childs;
  private final int[][] endps;
  // The vertices of a blossom are the segment firstLeaf[b] .. lastLeaf[b] of the leaf list.
  private final int[] leafNext;
  private final int[] firstLeaf;
  private final int[] lastLeaf;
  private final int[] unused;
  private int unusedCount;
  private double time;

  // Early stop: P is the matching weight (it never decreases), and the duality gap is the sum of
  // the duals of the free roots, which all fall at rate 1: rootKeySum - activeRoots * time.
  private double primal;
  private double rootKeySum;
  private int activeRoots;
  private final double[] rootKey;

  private final DoubleMinHeap edgeHeap;
  // The smallest key of an entry of each edge still queued (in the edge heap or the due queue), or
  // +infinity. A push with a key no smaller is skipped: the queued entry comes out first and is
  // revalidated then, which requeues it at the edge's true event time if the edge is still live,
  // and an edge that dies and lives again is offered by the scan that revives it. This bounds the
  // queued entries by about one per edge (8 bytes per edge for the keys).
  private final double[] queuedKey;
  // Edges that are tight already when pushed (key at most the current time), first in first out.
  // Any order of due events is exact (the dual time does not move while they are processed), and
  // FIFO grows all trees breadth-first, so with ties they meet along short paths. With unit weights
  // (every event at the same few dual times) the heap's order among equal keys grew trees deep
  // into the graph, each augmentation dissolved a large tree and re-offered all its edges: 34 heap
  // entries per edge at 20,000 vertices, 113 at 100,000, a 6 GB heap exhausted at 300,000; now
  // about 2 per edge at every size.
  private int[] due = new int[64];
  private int dueHead;
  private int dueCount;
  private final DoubleMinHeap vertexHeap;
  private final DoubleMinHeap blossomHeap;

  // Tree membership lists (top blossoms labelled into a tree), as linked list nodes.
  private final int[] treeHead;
  private int[] nodeItem = new int[64];
  private int[] nodeNext = new int[64];
  private int nodeCount;
  private int freeNode = -1;

  // Popped heap entries that were out of date: dropped (stale) or pushed again (requeued).
  private long stale;
  private long requeued;
  private long skipped;
  private long dueEntries;

  private int[] buffer = new int[64];
  private int[] stack = new int[64];
  private int[] pathBuf = new int[64];
  private int[] endBuf = new int[64];

  private final SolveControl control;
  private boolean warmStopped;

  private BlossomMaximumWeightMatching(CandidateGraph g, SolveControl control) {
    this.control = control;
    n = g.vertexCount();
    int m = g.edgeCount();
    eu = new int[m];
    ev = new int[m];
    ew = new double[m];
    double scale = 0.0;
    for (int e = 0; e < m; e++) {
      if ((e & 0xFFFF) == 0xFFFF) {
        control.check(PHASE); // nothing matched yet: a deadline here has no result to give
      }
      eu[e] = g.u(e);
      ev[e] = g.v(e);
      ew[e] = g.weight(e);
      scale = Math.max(scale, Math.abs(ew[e]));
    }
    // Relative to the weights, so that tiny and huge weights behave alike; a tolerance far above
    // the rounding of "time + wait" also guarantees that a re-queued event moves time forward.
    eps = 1e-11 * (scale > 0 ? scale : 1.0);
    adjStart = new int[n + 1];
    for (int x = 0; x < n; x++) {
      adjStart[x + 1] = g.adjacencyEnd(x);
    }
    adj = new int[2 * m];
    adjOther = new int[2 * m];
    adjWeight = new double[2 * m];
    for (int x = 0; x < n; x++) {
      if ((x & 0xFFF) == 0) {
        control.check(PHASE);
      }
      for (int k = adjStart[x]; k < adjStart[x + 1]; k++) {
        int e = g.adjacentEdge(k);
        adj[k] = e;
        adjOther[k] = eu[e] == x ? ev[e] : eu[e];
        adjWeight[k] = ew[e];
      }
    }
    mate = new int[n];
    Arrays.fill(mate, -1);
    cluster = new int[n];
    clusterTop = new int[n];
    clusterOff = new double[n];
    clusterOf = new int[2 * n];
    freeClusters = new int[n];
    leafCount = new int[2 * n];
    heavyChild = new int[2 * n];
    yb = new double[n];
    label = new byte[2 * n];
    labelEnd = new int[2 * n];
    Arrays.fill(labelEnd, -1);
    treeRoot = new int[2 * n];
    acc = new double[2 * n];
    t0 = new double[2 * n];
    zb = new double[2 * n];
    blossomParent = new int[2 * n];
    Arrays.fill(blossomParent, -1);
    blossomBase = new int[2 * n];
    Arrays.fill(blossomBase, -1);
    childs = new int[2 * n][];
    endps = new int[2 * n][];
    unused = new int[n];
    for (int b = 2 * n - 1; b >= n; b--) {
      unused[unusedCount++] = b;
    }
    leafNext = new int[n];
    firstLeaf = new int[2 * n];
    lastLeaf = new int[2 * n];
    for (int v = 0; v < n; v++) {
      cluster[v] = v;
      clusterTop[v] = v;
      clusterOf[v] = v;
      leafCount[v] = 1;
      blossomBase[v] = v;
      firstLeaf[v] = v;
      lastLeaf[v] = v;
    }
    rootKey = new double[n];
    treeHead = new int[n];
    Arrays.fill(treeHead, -1);
    edgeHeap = new DoubleMinHeap(Math.max(16, m));
    queuedKey = new double[m];
    Arrays.fill(queuedKey, Double.POSITIVE_INFINITY);
    vertexHeap = new DoubleMinHeap(16);
    blossomHeap = new DoubleMinHeap(16);
  }

  /**
   * A maximum-weight matching of {@code graph} with its dual certificate.
   *
   * @throws IllegalArgumentException if a vertex has a capacity other than 1
   */
  public static GeneralMatchingResult solve(CandidateGraph graph) {
    return solve(graph, 0.0);
  }

  /**
   * A matching of weight at least {@code (1 - relativeGap)} times the optimum, with a feasible dual
   * that proves it: the run stops as soon as the duality gap (the sum of the duals of the
   * still-single tree roots) is at most {@code relativeGap} times the dual objective. The
   * certificate is then dual-feasible but not complementary-slack; its {@linkplain
   * GeneralDualCertificate#objective() objective} is an upper bound on the optimum (check it with
   * {@link GeneralMatchingChecker#dualFeasibilityViolation}). With {@code relativeGap == 0} the
   * result is optimal.
   *
   * @throws IllegalArgumentException if a capacity is not 1, or relativeGap is not in [0, 1)
   */
  public static GeneralMatchingResult solve(CandidateGraph graph, double relativeGap) {
    return solve(graph, relativeGap, SolveControl.none());
  }

  /**
   * As {@link #solve(CandidateGraph, double)}, honouring {@code control}: an interrupt throws; when
   * the deadline passes the run stops as it does at a reached gap, with a feasible dual, and the
   * result says {@link GeneralMatchingResult#deadlineReached()}. Progress: the share of the initial
   * tree roots resolved.
   *
   * @throws IllegalArgumentException if a capacity is not 1, or relativeGap is not in [0, 1)
   * @throws io.peermatch.api.MatchingCancelledException if the thread is interrupted, or if the
   *     deadline passes while the kernel copies the graph (before anything is matched)
   */
  public static GeneralMatchingResult solve(
      CandidateGraph graph, double relativeGap, SolveControl control) {
    if (!(relativeGap >= 0 && relativeGap < 1)) {
      throw new IllegalArgumentException("relative gap must be in [0, 1) but was " + relativeGap);
    }
    for (int v = 0; v < graph.vertexCount(); v++) {
      if (graph.capacity(v) != 1) {
        throw new IllegalArgumentException(
            "capacity must be 1 for the blossom kernel but was "
                + graph.capacity(v)
                + " for vertex "
                + v
                + " (use VertexSplittingBMatching)");
      }
    }
    control.checkInterrupted(PHASE);
    BlossomMaximumWeightMatching k = new BlossomMaximumWeightMatching(graph, control);
    k.warmStart();
    boolean complete = !k.warmStopped && k.run(relativeGap);
    GeneralMatchingResult r = k.result();
    control.progress(PHASE, 1.0);
    return complete ? r : r.stoppedAtDeadline();
  }

  /**
   * Solves exactly and returns the heap traffic, for measurement: pushes, pops, stale pops (dropped
   * unused), requeued pops (pushed again) and skipped pushes (an entry of the edge was queued),
   * summed over the three heaps.
   */
  static long[] profile(CandidateGraph graph) {
    BlossomMaximumWeightMatching k = new BlossomMaximumWeightMatching(graph, SolveControl.none());
    k.warmStart();
    k.run(0.0);
    long pushes = k.edgeHeap.pushes + k.vertexHeap.pushes + k.blossomHeap.pushes + k.dueEntries;
    long pops =
        k.edgeHeap.pops + k.vertexHeap.pops + k.blossomHeap.pops + k.dueEntries - k.dueCount;
    return new long[] {pushes, pops, k.stale, k.requeued, k.skipped};
  }

  // ---------------------------------------------------------------- duals

  private int endpoint(int p) {
    return (p & 1) == 0 ? eu[p >> 1] : ev[p >> 1];
  }

  private double offset(int b) {
    byte l = label[b];
    if (l == S) {
      return acc[b] - (time - t0[b]);
    } else if (l == T) {
      return acc[b] + (time - t0[b]);
    }
    return acc[b];
  }

  private double y(int v) {
    int k = cluster[v];
    return yb[v] + clusterOff[k] + offset(clusterTop[k]);
  }

  /** The top-level blossom (or the vertex itself) that holds vertex v. */
  private int top(int v) {
    return clusterTop[cluster[v]];
  }

  private double topZ(int b) {
    byte l = label[b];
    if (l == S) {
      return zb[b] + 2 * (time - t0[b]);
    } else if (l == T) {
      return zb[b] - 2 * (time - t0[b]);
    }
    return zb[b];
  }

  private void setLabel(int b, byte newLabel) {
    acc[b] = offset(b);
    if (b >= n) {
      zb[b] = topZ(b);
    }
    t0[b] = time;
    label[b] = newLabel;
  }

  // ---------------------------------------------------------------- warm start

  private void warmStart() {
    for (int v = 0; v < n; v++) {
      double best = 0.0;
      for (int k = adjStart[v]; k < adjStart[v + 1]; k++) {
        best = Math.max(best, adjWeight[k]);
      }
      yb[v] = best / 2;
    }
    // Lower each free vertex's dual as far as its edges allow; the edge that stops it is tight,
    // and is matched when its other end is free too. Light vertices go first (by the float image
    // of their dual, non-negative so its bits sort like the value): measured on random sparse
    // graphs this leaves about 17 % fewer single vertices with a positive dual, that is fewer
    // trees to grow, than index order, and 20 % fewer than heavy-first.
    long[] order = new long[n];
    for (int v = 0; v < n; v++) {
      order[v] = ((long) Float.floatToIntBits((float) yb[v]) << 32) | v;
    }
    Arrays.sort(order);
    for (int i = 0; i < n; i++) {
      if ((i & 0xFF) == 0) {
        control.checkInterrupted(PHASE);
        if (control.deadlinePassed()) {
          // Every dual is still feasible (unprocessed ones at half their heaviest edge) and the
          // matched edges tight: stop here, as at a gap.
          warmStopped = true;
          return;
        }
      }
      int v = (int) order[i];
      if (mate[v] >= 0 || yb[v] <= 0) {
        continue;
      }
      double need = 0.0;
      for (int k = adjStart[v]; k < adjStart[v + 1]; k++) {
        if (adjWeight[k] > 0) {
          need = Math.max(need, adjWeight[k] - yb[adjOther[k]]);
        }
      }
      yb[v] = need;
      if (need <= 0) {
        continue;
      }
      for (int k = adjStart[v]; k < adjStart[v + 1]; k++) {
        int e = adj[k];
        int x = adjOther[k];
        if (adjWeight[k] > 0 && mate[x] < 0 && adjWeight[k] - yb[x] >= need - eps) {
          mate[v] = x == eu[e] ? 2 * e : 2 * e + 1;
          mate[x] = mate[v] ^ 1;
          break;
        }
      }
    }
  }

  // ---------------------------------------------------------------- main loop

  /** Runs until optimal or the gap is reached (true), or until the deadline (false). */
  private boolean run(double relativeGap) {
    for (int v = 0; v < n; v++) {
      if (mate[v] >= 0 && endpoint(mate[v]) > v) {
        primal += ew[mate[v] >> 1];
      }
    }
    for (int v = 0; v < n; v++) {
      if (mate[v] < 0 && yb[v] > eps) {
        rootKey[v] = yb[v];
        rootKeySum += yb[v];
        activeRoots++;
        assignLabel(v, S, -1, v);
      }
    }
    long events = 0;
    int initialRoots = Math.max(1, activeRoots);
    while (true) {
      // Every 256 events: most are cheap, but one that expands or shrinks a blossom is O(n).
      if ((++events & 0xFF) == 0) {
        control.checkInterrupted(PHASE);
        if (control.deadlinePassed()) {
          return false; // between two events: a matching and a feasible dual, as at a gap
        }
        control.progress(PHASE, 1.0 - (double) activeRoots / initialRoots);
      }
      // Trees are only grown from the initial roots, so once the last one is gone no vertex is
      // labelled and every queued entry is stale: draining the heaps would be wasted work.
      if (activeRoots == 0) {
        break;
      }
      if (relativeGap > 0) {
        double gap = rootKeySum - activeRoots * time;
        if (gap <= relativeGap * (primal + gap)) {
          break;
        }
      }
      if (dueCount > 0) {
        int e = due[dueHead];
        dueHead = dueHead + 1 == due.length ? 0 : dueHead + 1;
        dueCount--;
        queuedKey[e] = Double.POSITIVE_INFINITY;
        edgeEvent(e);
        continue;
      }
      double ke = edgeHeap.isEmpty() ? Double.POSITIVE_INFINITY : edgeHeap.minKey();
      double kv = vertexHeap.isEmpty() ? Double.POSITIVE_INFINITY : vertexHeap.minKey();
      double kb = blossomHeap.isEmpty() ? Double.POSITIVE_INFINITY : blossomHeap.minKey();
      if (ke == Double.POSITIVE_INFINITY
          && kv == Double.POSITIVE_INFINITY
          && kb == Double.POSITIVE_INFINITY) {
        break;
      }
      if (kv <= ke && kv <= kb) {
        int v = vertexHeap.minItem();
        vertexHeap.pop();
        advance(kv);
        vertexEvent(v);
      } else if (kb <= ke) {
        int b = blossomHeap.minItem();
        blossomHeap.pop();
        advance(kb);
        blossomEvent(b);
      } else {
        int e = edgeHeap.minItem();
        edgeHeap.pop();
        // The entries of one edge are pushed with falling keys, so the smallest pops first.
        if (ke <= queuedKey[e]) {
          queuedKey[e] = Double.POSITIVE_INFINITY;
        }
        advance(ke);
        edgeEvent(e);
      }
    }
    return true;
  }

  private void advance(double key) {
    if (key > time) {
      time = key;
    }
  }

  private void vertexEvent(int v) {
    int b = top(v);
    if (label[b] != S) {
      stale++;
      return;
    }
    double yv = y(v);
    if (yv > eps) {
      requeued++;
      vertexHeap.push(time + yv, v);
      return;
    }
    // The dual of an S-vertex reached 0: it may stay single, so flip the even path from the root
    // to v (all tight) and dissolve the tree.
    int root = treeRoot[b];
    primal += y(root) - yv;
    walkAndFlip(v, -1);
    destroyTrees(root, -1);
  }

  private void blossomEvent(int b) {
    if (blossomBase[b] < 0 || blossomParent[b] != -1 || label[b] != T) {
      stale++;
      return;
    }
    double z = topZ(b);
    if (z > 2 * eps) {
      requeued++;
      blossomHeap.push(time + z / 2, b);
      return;
    }
    expandT(b);
  }

  private void edgeEvent(int e) {
    int a = eu[e];
    int c = ev[e];
    int ba = top(a);
    int bc = top(c);
    if (ba == bc) {
      stale++;
      return;
    }
    byte la = label[ba];
    byte lc = label[bc];
    if ((la != S && lc != S) || la == T || lc == T) {
      stale++;
      return;
    }
    double slack = y(a) + y(c) - ew[e];
    boolean both = la == S && lc == S;
    double wait = both ? slack / 2 : slack;
    if (wait > eps) {
      requeued++;
      pushEdge(time + wait, e);
      return;
    }
    if (both) {
      int base = treeRoot[ba] == treeRoot[bc] ? scanBlossom(a, c) : -1;
      if (base >= 0) {
        addBlossom(base, e);
      } else {
        augment(e);
      }
      return;
    }
    int s = la == S ? a : c;
    int x = la == S ? c : a;
    int bx = la == S ? bc : ba;
    if (mate[blossomBase[bx]] < 0) {
      augment(e);
    } else {
      assignLabel(x, T, s == a ? 2 * e : 2 * e + 1, treeRoot[top(s)]);
    }
  }

  // ---------------------------------------------------------------- labels and scans

  private void assignLabel(int w, byte t, int p, int root) {
    int b = top(w);
    setLabel(b, t);
    labelEnd[b] = p;
    treeRoot[b] = root;
    addMember(root, b);
    if (t == S) {
      int count = collectLeaves(b, 0);
      for (int i = 0; i < count; i++) {
        int v = buffer[i];
        vertexHeap.push(time + y(v), v);
        scanFromS(v);
      }
    } else {
      if (b >= n) {
        blossomHeap.push(time + topZ(b) / 2, b);
      }
      int mp = mate[blossomBase[b]];
      assignLabel(endpoint(mp), S, mp ^ 1, root);
    }
  }

  /** Queues edge e at {@code key} unless an entry of e with a key no larger is queued already. */
  private void pushEdge(double key, int e) {
    if (key < queuedKey[e]) {
      queuedKey[e] = key;
      if (key <= time) {
        if (dueCount == due.length) {
          int[] grown = new int[due.length * 2];
          for (int i = 0; i < dueCount; i++) {
            grown[i] = due[dueHead + i < due.length ? dueHead + i : dueHead + i - due.length];
          }
          due = grown;
          dueHead = 0;
        }
        int tail = dueHead + dueCount;
        due[tail < due.length ? tail : tail - due.length] = e;
        dueCount++;
        dueEntries++;
      } else {
        edgeHeap.push(key, e);
      }
    } else {
      skipped++;
    }
  }

  private void scanFromS(int v) {
    int bv = top(v);
    double yv = y(v);
    for (int k = adjStart[v]; k < adjStart[v + 1]; k++) {
      double w = adjWeight[k];
      if (w <= 0) {
        continue;
      }
      int x = adjOther[k];
      int bx = top(x);
      if (bx == bv) {
        continue;
      }
      byte lx = label[bx];
      if (lx == T) {
        continue;
      }
      double slack = yv + yb[x] + clusterOff[cluster[x]] + offset(bx) - w;
      double wait = lx == S ? slack / 2 : slack;
      // v's tree dies when y(v) reaches 0 at the latest; an edge that cannot become tight
      // before then is offered again by a later scan (of x, or of v once relabelled).
      if (wait <= yv) {
        pushEdge(time + wait, adj[k]);
      }
    }
  }

  /** Pushes the edges from S-vertices to a vertex that has just lost its label. */
  private void scanToS(int x) {
    int bx = top(x);
    double yx = y(x);
    for (int k = adjStart[x]; k < adjStart[x + 1]; k++) {
      double w = adjWeight[k];
      if (w <= 0) {
        continue;
      }
      int v = adjOther[k];
      int bv = top(v);
      if (bv != bx && label[bv] == S) {
        double yv = y(v);
        double wait = yx + yv - w;
        if (wait <= yv) {
          pushEdge(time + wait, adj[k]);
        }
      }
    }
  }

  /**
   * Appends the vertices inside blossom b to {@code buffer} from index {@code from}: a walk along
   * its segment of the leaf list, linear in its size however deep the nesting.
   */
  private int collectLeaves(int b, int from) {
    int count = from;
    int last = lastLeaf[b];
    for (int v = firstLeaf[b]; ; v = leafNext[v]) {
      if (count == buffer.length) {
        ensureBuffer(count + 1);
      }
      buffer[count++] = v;
      if (v == last) {
        return count;
      }
    }
  }

  private void ensureBuffer(int size) {
    buffer = ensure(buffer, size);
  }

  private static int[] ensure(int[] a, int size) {
    return size <= a.length ? a : Arrays.copyOf(a, Math.max(size, a.length * 2));
  }

  // ---------------------------------------------------------------- trees

  private void addMember(int root, int b) {
    int node;
    if (freeNode >= 0) {
      node = freeNode;
      freeNode = nodeNext[node];
    } else {
      if (nodeCount == nodeItem.length) {
        nodeItem = Arrays.copyOf(nodeItem, nodeCount * 2);
        nodeNext = Arrays.copyOf(nodeNext, nodeCount * 2);
      }
      node = nodeCount++;
    }
    nodeItem[node] = b;
    nodeNext[node] = treeHead[root];
    treeHead[root] = node;
  }

  private boolean isTop(int b) {
    return b < n ? top(b) == b : blossomBase[b] >= 0 && blossomParent[b] == -1;
  }

  /** Removes the labels of one or two trees and re-offers their vertices to the other trees. */
  private void destroyTrees(int rootA, int rootB) {
    int count = 0;
    int[] members = pathBuf;
    for (int r = 0; r < 2; r++) {
      int root = r == 0 ? rootA : rootB;
      if (root < 0 || (r == 1 && rootB == rootA)) {
        continue;
      }
      rootKeySum -= rootKey[root];
      activeRoots--;
      int node = treeHead[root];
      while (node >= 0) {
        int b = nodeItem[node];
        int next = nodeNext[node];
        if (isTop(b) && label[b] != FREE && treeRoot[b] == root) {
          setLabel(b, FREE);
          labelEnd[b] = -1;
          members = ensure(members, count + 1);
          members[count++] = b;
        }
        nodeNext[node] = freeNode;
        freeNode = node;
        node = next;
      }
      treeHead[root] = -1;
    }
    pathBuf = members;
    // With no tree left there is no S-vertex to offer the freed vertices to (and the run ends).
    if (activeRoots > 0) {
      scanLeavesToS(members, count);
    }
  }

  // ---------------------------------------------------------------- blossoms

  /** The base of the blossom closed by a tight edge between S-vertices v and w, or -1. */
  private int scanBlossom(int v, int w) {
    int count = 0;
    int base = -1;
    while (v != -1 || w != -1) {
      int b = top(v);
      if ((label[b] & MARK) != 0) {
        base = blossomBase[b];
        break;
      }
      pathBuf = ensure(pathBuf, count + 1);
      pathBuf[count++] = b;
      label[b] = S | MARK;
      if (labelEnd[b] == -1) {
        v = -1;
      } else {
        v = endpoint(labelEnd[b]);
        b = top(v);
        v = endpoint(labelEnd[b]);
      }
      if (w != -1) {
        int t = v;
        v = w;
        w = t;
      }
    }
    for (int i = 0; i < count; i++) {
      label[pathBuf[i]] = S;
    }
    return base;
  }

  private void addBlossom(int base, int e) {
    int v = eu[e];
    int w = ev[e];
    int bb = top(base);
    int bv = top(v);
    int bw = top(w);
    int b = unused[--unusedCount];
    blossomBase[b] = base;
    blossomParent[b] = -1;
    blossomParent[bb] = b;
    int count = 0;
    int ends = 0;
    while (bv != bb) {
      blossomParent[bv] = b;
      pathBuf = ensure(pathBuf, count + 1);
      endBuf = ensure(endBuf, ends + 1);
      pathBuf[count++] = bv;
      endBuf[ends++] = labelEnd[bv];
      v = endpoint(labelEnd[bv]);
      bv = top(v);
    }
    pathBuf = ensure(pathBuf, count + 1);
    pathBuf[count++] = bb;
    reverse(pathBuf, count);
    reverse(endBuf, ends);
    endBuf = ensure(endBuf, ends + 1);
    endBuf[ends++] = 2 * e;
    while (bw != bb) {
      blossomParent[bw] = b;
      pathBuf = ensure(pathBuf, count + 1);
      endBuf = ensure(endBuf, ends + 1);
      pathBuf[count++] = bw;
      endBuf[ends++] = labelEnd[bw] ^ 1;
      w = endpoint(labelEnd[bw]);
      bw = top(w);
    }
    int[] ch = Arrays.copyOf(pathBuf, count);
    childs[b] = ch;
    endps[b] = Arrays.copyOf(endBuf, ends);
    // The children's leaf segments, chained in child order, are b's segment; each child's stays
    // contiguous inside it, through expansions and rotations alike.
    for (int i = 0; i + 1 < count; i++) {
      leafNext[lastLeaf[ch[i]]] = firstLeaf[ch[i + 1]];
    }
    firstLeaf[b] = firstLeaf[ch[0]];
    lastLeaf[b] = lastLeaf[ch[count - 1]];
    // The largest child's cluster becomes b's: its vertices keep their labels and get the child's
    // lazy offset through the cluster's. The other children's vertices join that cluster with the
    // offset folded into their duals. Vertices of T children become S and are scanned below.
    int heavy = ch[0];
    int size = 0;
    for (int c : ch) {
      size += leafCount[c];
      if (leafCount[c] > leafCount[heavy]) {
        heavy = c;
      }
    }
    int k = clusterOf[heavy];
    // The heavy child's offset goes into the cluster first: the others' shifts are relative to
    // the cluster's final offset.
    double heavyOff = offset(heavy);
    clusterOff[k] += heavyOff;
    int[] wasT = new int[0];
    int tCount = 0;
    for (int c : ch) {
      double off = offset(c);
      boolean t = label[c] == T;
      if (c >= n) {
        zb[c] = topZ(c);
      }
      if (c == heavy) {
        if (t) {
          int leaves = collectLeaves(c, 0);
          wasT = ensure(wasT, tCount + leaves);
          System.arraycopy(buffer, 0, wasT, tCount, leaves);
          tCount += leaves;
        }
      } else {
        int kc = clusterOf[c];
        double shift = off + clusterOff[kc] - clusterOff[k];
        int leaves = collectLeaves(c, 0);
        for (int i = 0; i < leaves; i++) {
          int x = buffer[i];
          yb[x] += shift;
          cluster[x] = k;
        }
        freeClusters[freeClusterCount++] = kc;
        if (t) {
          wasT = ensure(wasT, tCount + leaves);
          System.arraycopy(buffer, 0, wasT, tCount, leaves);
          tCount += leaves;
        }
      }
      label[c] = FREE;
      acc[c] = 0.0;
    }
    clusterTop[k] = b;
    clusterOf[b] = k;
    heavyChild[b] = heavy;
    leafCount[b] = size;
    label[b] = S;
    acc[b] = 0.0;
    t0[b] = time;
    zb[b] = 0.0;
    labelEnd[b] = labelEnd[bb];
    treeRoot[b] = treeRoot[bb];
    addMember(treeRoot[b], b);
    for (int i = 0; i < tCount; i++) {
      int x = wasT[i];
      vertexHeap.push(time + y(x), x);
      scanFromS(x);
    }
  }

  private static void reverse(int[] a, int count) {
    for (int i = 0, j = count - 1; i < j; i++, j--) {
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  private static int mod(int j, int len) {
    return j < 0 ? j + len : (j >= len ? j - len : j);
  }

  private static int indexOf(int[] a, int x) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] == x) {
        return i;
      }
    }
    throw new IllegalStateException("child " + x + " not found");
  }

  /** Expands a T-blossom whose dual reached 0, relabelling the children on the even path. */
  private void expandT(int b) {
    double off = offset(b);
    int root = treeRoot[b];
    int[] ch = childs[b];
    int[] ep = endps[b];
    int len = ch.length;
    // The heavy child takes b's cluster back; every other child gets a fresh cluster with the same
    // offset, so no dual changes.
    int k = clusterOf[b];
    int heavy = heavyChild[b];
    for (int c : ch) {
      blossomParent[c] = -1;
      label[c] = FREE;
      labelEnd[c] = -1;
      acc[c] = off;
      t0[c] = time;
      if (c == heavy) {
        clusterTop[k] = c;
        clusterOf[c] = k;
        continue;
      }
      int kc = freeClusters[--freeClusterCount];
      clusterOff[kc] = clusterOff[k];
      clusterTop[kc] = c;
      clusterOf[c] = kc;
      int leaves = collectLeaves(c, 0);
      for (int i = 0; i < leaves; i++) {
        cluster[buffer[i]] = kc;
      }
    }
    int p = labelEnd[b];
    int entry = top(endpoint(p ^ 1));
    int j = indexOf(ch, entry);
    int jstep;
    int endptrick;
    if ((j & 1) != 0) {
      j -= len;
      jstep = 1;
      endptrick = 0;
    } else {
      jstep = -1;
      endptrick = 1;
    }
    while (j != 0) {
      assignLabel(endpoint(p ^ 1), T, p, root);
      j += jstep;
      p = ep[mod(j - endptrick, len)] ^ endptrick;
      j += jstep;
    }
    int bv = ch[mod(j, len)];
    setLabel(bv, T);
    labelEnd[bv] = p;
    treeRoot[bv] = root;
    addMember(root, bv);
    if (bv >= n) {
      blossomHeap.push(time + topZ(bv) / 2, bv);
    }
    j += jstep;
    int[] rest = new int[len];
    int restCount = 0;
    while (ch[mod(j, len)] != entry) {
      int c = ch[mod(j, len)];
      if (label[c] == FREE) {
        rest[restCount++] = c;
      }
      j += jstep;
    }
    label[b] = FREE;
    labelEnd[b] = -1;
    blossomBase[b] = -1;
    childs[b] = null;
    endps[b] = null;
    zb[b] = 0.0;
    acc[b] = 0.0;
    unused[unusedCount++] = b;
    scanLeavesToS(rest, restCount);
  }

  /** Scans every vertex inside the first {@code count} of {@code blossoms} as an S-vertex. */
  private void scanLeavesToS(int[] blossoms, int count) {
    int leaves = 0;
    for (int i = 0; i < count; i++) {
      leaves = collectLeaves(blossoms[i], leaves);
    }
    for (int i = 0; i < leaves; i++) {
      scanToS(buffer[i]);
    }
  }

  // ---------------------------------------------------------------- augmentation

  // Frames of augmentBlossom's explicit stack: blossom, entry vertex, entry child, entry index,
  // position on the even path, current matched endpoint, stage.
  private int[] frameBlossom = new int[16];
  private int[] frameVertex = new int[16];
  private int[] frameChild = new int[16];
  private int[] frameEntry = new int[16];
  private int[] framePos = new int[16];
  private int[] frameEnd = new int[16];
  private int[] frameStage = new int[16];

  private int pushFrame(int top, int b, int v) {
    if (top == frameBlossom.length) {
      int size = 2 * top;
      frameBlossom = Arrays.copyOf(frameBlossom, size);
      frameVertex = Arrays.copyOf(frameVertex, size);
      frameChild = Arrays.copyOf(frameChild, size);
      frameEntry = Arrays.copyOf(frameEntry, size);
      framePos = Arrays.copyOf(framePos, size);
      frameEnd = Arrays.copyOf(frameEnd, size);
      frameStage = Arrays.copyOf(frameStage, size);
    }
    frameBlossom[top] = b;
    frameVertex[top] = v;
    frameStage[top] = 0;
    return top + 1;
  }

  /**
   * Flips the matching inside blossom b along the even path from vertex v's child to the base, so
   * that v becomes the base; nested blossoms on the path are flipped first. An explicit stack, in
   * the order of the classic recursion: unit weights nest blossoms tens of thousands deep (a
   * 300,000-vertex pool overflowed the default thread stack).
   */
  private void augmentBlossom(int b0, int v0) {
    int top = pushFrame(0, b0, v0);
    while (top > 0) {
      int f = top - 1;
      int b = frameBlossom[f];
      int stage = frameStage[f];
      if (stage == 0) {
        // The child of b that holds v, flipped first.
        int v = frameVertex[f];
        int t = v;
        while (blossomParent[t] != b) {
          t = blossomParent[t];
        }
        frameChild[f] = t;
        frameStage[f] = 1;
        if (t >= n) {
          top = pushFrame(top, t, v);
        }
        continue;
      }
      if (stage == 1) {
        int i = indexOf(childs[b], frameChild[f]);
        frameEntry[f] = i;
        framePos[f] = (i & 1) != 0 ? i - childs[b].length : i;
        frameStage[f] = 2;
        continue;
      }
      int i = frameEntry[f];
      int jstep = (i & 1) != 0 ? 1 : -1;
      int endptrick = (i & 1) != 0 ? 0 : 1;
      int[] ch = childs[b];
      int[] ep = endps[b];
      int len = ch.length;
      if (stage == 2) {
        int j = framePos[f];
        if (j == 0) {
          if (i > 0) {
            int[] rc = new int[len];
            int[] re = new int[len];
            for (int k = 0; k < len; k++) {
              rc[k] = ch[(i + k) % len];
              re[k] = ep[(i + k) % len];
            }
            childs[b] = rc;
            endps[b] = re;
          }
          blossomBase[b] = blossomBase[childs[b][0]];
          top--;
          continue;
        }
        j += jstep;
        int t = ch[mod(j, len)];
        int p = ep[mod(j - endptrick, len)] ^ endptrick;
        framePos[f] = j;
        frameEnd[f] = p;
        frameStage[f] = 3;
        if (t >= n) {
          top = pushFrame(top, t, endpoint(p));
        }
      } else if (stage == 3) {
        int j = framePos[f] + jstep;
        int t = ch[mod(j, len)];
        framePos[f] = j;
        frameStage[f] = 4;
        if (t >= n) {
          top = pushFrame(top, t, endpoint(frameEnd[f] ^ 1));
        }
      } else {
        int p = frameEnd[f];
        mate[endpoint(p)] = p ^ 1;
        mate[endpoint(p ^ 1)] = p;
        frameStage[f] = 2;
      }
    }
  }

  /** Flips the alternating path from vertex s up to its tree root; s takes remote endpoint p. */
  private void walkAndFlip(int s, int p) {
    while (true) {
      int bs = top(s);
      if (bs >= n) {
        augmentBlossom(bs, s);
      }
      mate[s] = p;
      if (labelEnd[bs] == -1) {
        break;
      }
      int t = endpoint(labelEnd[bs]);
      int bt = top(t);
      s = endpoint(labelEnd[bt]);
      int j = endpoint(labelEnd[bt] ^ 1);
      if (bt >= n) {
        augmentBlossom(bt, j);
      }
      mate[j] = labelEnd[bt];
      p = labelEnd[bt] ^ 1;
    }
  }

  private void augment(int e) {
    int ba = top(eu[e]);
    int bc = top(ev[e]);
    int rootA = label[ba] != FREE ? treeRoot[ba] : -1;
    int rootC = label[bc] != FREE ? treeRoot[bc] : -1;
    // Every edge on the path is tight, so the weight grows by the duals of the two free ends (a
    // free end outside every tree has dual 0).
    primal += (rootA >= 0 ? y(rootA) : 0.0) + (rootC >= 0 ? y(rootC) : 0.0);
    walkAndFlip(eu[e], 2 * e + 1);
    walkAndFlip(ev[e], 2 * e);
    destroyTrees(rootA, rootC);
  }

  // ---------------------------------------------------------------- result

  private GeneralMatchingResult result() {
    int[] partner = new int[n];
    int count = 0;
    for (int v = 0; v < n; v++) {
      partner[v] = mate[v] < 0 ? -1 : endpoint(mate[v]);
      if (partner[v] > v) {
        count++;
      }
    }
    int[] edges = new int[count];
    int i = 0;
    double weight = 0.0;
    for (int v = 0; v < n; v++) {
      if (partner[v] > v) {
        edges[i++] = mate[v] >> 1;
        weight += ew[mate[v] >> 1];
      }
    }
    Arrays.sort(edges);
    double[] y = new double[n];
    for (int v = 0; v < n; v++) {
      y[v] = y(v);
    }
    // Top blossoms still in a tree (after an early stop) read their dual lazily.
    double[] zNow = new double[2 * n];
    for (int b = n; b < 2 * n; b++) {
      if (blossomBase[b] >= 0) {
        zNow[b] = blossomParent[b] == -1 ? topZ(b) : zb[b];
      }
    }
    // The blossoms with a non-zero dual as a laminar forest, in O(n): a pre-order walk down from
    // the top blossoms records each node's nearest such ancestor; numbering the kept blossoms in
    // reverse pre-order puts every parent after its children.
    int[] keptAncestor = new int[2 * n];
    Arrays.fill(keptAncestor, -1);
    int[] preOrder = new int[n];
    int kept = 0;
    int top = 0;
    for (int b = n; b < 2 * n; b++) {
      if (blossomBase[b] < 0 || blossomParent[b] != -1) {
        continue;
      }
      stack = ensure(stack, top + 1);
      stack[top++] = b;
      while (top > 0) {
        int x = stack[--top];
        if (x < n) {
          continue;
        }
        int below = keptAncestor[x];
        if (zNow[x] != 0.0) {
          preOrder[kept++] = x;
          below = x;
        }
        int[] ch = childs[x];
        stack = ensure(stack, top + ch.length);
        for (int c : ch) {
          keptAncestor[c] = below;
          stack[top++] = c;
        }
      }
    }
    int[] index = new int[2 * n];
    double[] z = new double[kept];
    for (int j = 0; j < kept; j++) {
      int b = preOrder[j];
      index[b] = kept - 1 - j;
      z[kept - 1 - j] = zNow[b];
    }
    int[] parent = new int[kept];
    for (int j = 0; j < kept; j++) {
      int b = preOrder[j];
      parent[index[b]] = keptAncestor[b] < 0 ? -1 : index[keptAncestor[b]];
    }
    int[] innermost = new int[n];
    for (int v = 0; v < n; v++) {
      innermost[v] = keptAncestor[v] < 0 ? -1 : index[keptAncestor[v]];
    }
    return new GeneralMatchingResult(
        edges, partner, weight, GeneralDualCertificate.laminar(y, innermost, parent, z));
  }
}
