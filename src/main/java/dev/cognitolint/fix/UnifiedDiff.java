package dev.cognitolint.fix;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, line by line with each line's own line end (so CRLF files stay
 * CRLF), three lines of context, as {@code diff -u} writes it and {@code patch -p0} and {@code git
 * apply -p0} read it. Lines are compared with Myers' algorithm, in time proportional to the lines
 * times the (few) differences.
 */
public final class UnifiedDiff {
  private UnifiedDiff() {}

  private static final int CONTEXT = 3;

  /**
   * Beyond this many differing lines the frontiers Myers keeps (their square) would cost too much
   * memory.
   */
  private static final int MAX_DIFFERENCES = 2000;

  private static final String NO_NEWLINE = "\\ No newline at end of file\n";

  private enum Op {
    SAME,
    DELETE,
    INSERT
  }

  private record Step(Op op, int a, int b) {}

  /** The diff of before and after, both named path; "" when they are equal. */
  public static String of(String path, String before, String after) {
    if (before.equals(after)) return "";
    List<String> a = lines(before);
    List<String> b = lines(after);
    List<Step> steps = steps(a, b);
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(path).append('\n').append("+++ ").append(path).append('\n');
    int i = 0;
    while (i < steps.size()) {
      if (steps.get(i).op() == Op.SAME) {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      // Extend the hunk while the next change is within twice the context.
      while (true) {
        while (end < steps.size() && steps.get(end).op() != Op.SAME) end++;
        int same = end;
        while (same < steps.size() && steps.get(same).op() == Op.SAME) same++;
        if (same < steps.size() && same - end <= 2 * CONTEXT) {
          end = same;
        } else {
          end = Math.min(steps.size(), end + CONTEXT);
          break;
        }
      }
      hunk(out, steps.subList(start, end), a, b);
      i = end;
    }
    return out.toString();
  }

  private static void hunk(StringBuilder out, List<Step> steps, List<String> a, List<String> b) {
    int aCount = 0;
    int bCount = 0;
    for (Step s : steps) {
      if (s.op() != Op.INSERT) aCount++;
      if (s.op() != Op.DELETE) bCount++;
    }
    Step first = steps.get(0);
    out.append("@@ -")
        .append(range(first.a(), aCount))
        .append(" +")
        .append(range(first.b(), bCount))
        .append(" @@\n");
    for (Step s : steps) {
      String line = s.op() == Op.INSERT ? b.get(s.b()) : a.get(s.a());
      out.append(s.op() == Op.SAME ? ' ' : s.op() == Op.DELETE ? '-' : '+').append(line);
      if (!line.endsWith("\n") && !line.endsWith("\r")) out.append('\n').append(NO_NEWLINE);
    }
  }

  /** diff's range: "start,count", where an empty range starts at the line before it. */
  private static String range(int start, int count) {
    return (count == 0 ? start : start + 1) + "," + count;
  }

  /** The lines of text, each with its line end (CRLF, CR or LF); the last may have none. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
        lines.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) lines.add(text.substring(start));
    return lines;
  }

  /** The shortest edit script from a to b, as Myers finds it, after the common head and tail. */
  private static List<Step> steps(List<String> a, List<String> b) {
    int head = 0;
    while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) head++;
    int tail = 0;
    while (tail < a.size() - head
        && tail < b.size() - head
        && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) tail++;
    int n = a.size() - head - tail;
    int m = b.size() - head - tail;
    int max = n + m;
    int[] v = new int[2 * max + 3];
    int offset = max + 1;
    List<int[]> trace = new ArrayList<>();
    int found = -1;
    for (int d = 0; d <= Math.min(max, MAX_DIFFERENCES) && found < 0; d++) {
      for (int k = -d; k <= d; k += 2) {
        int x =
            k == -d || k != d && v[offset + k - 1] < v[offset + k + 1]
                ? v[offset + k + 1]
                : v[offset + k - 1] + 1;
        int y = x - k;
        while (x < n && y < m && a.get(head + x).equals(b.get(head + y))) {
          x++;
          y++;
        }
        v[offset + k] = x;
        if (x >= n && y >= m) found = d;
      }
      int[] copy = new int[2 * d + 1];
      System.arraycopy(v, offset - d, copy, 0, 2 * d + 1);
      trace.add(copy);
    }
    List<Step> reversed = new ArrayList<>();
    if (found < 0) {
      // Too many differences to keep every step's frontier: the middle as one replacement.
      for (int i = m - 1; i >= 0; i--) reversed.add(new Step(Op.INSERT, head + n, head + i));
      for (int i = n - 1; i >= 0; i--) reversed.add(new Step(Op.DELETE, head + i, head));
    }
    int x = found < 0 ? 0 : n;
    int y = found < 0 ? 0 : m;
    for (int d = found; d > 0; d--) {
      int[] previous = trace.get(d - 1);
      int k = x - y;
      boolean down = k == -d || k != d && previous[k - 1 + d - 1] < previous[k + 1 + d - 1];
      int previousK = down ? k + 1 : k - 1;
      int previousX = previous[previousK + d - 1];
      int previousY = previousX - previousK;
      while (x > previousX && y > previousY) {
        x--;
        y--;
        reversed.add(new Step(Op.SAME, head + x, head + y));
      }
      if (down) {
        y--;
        reversed.add(new Step(Op.INSERT, head + x, head + y));
      } else {
        x--;
        reversed.add(new Step(Op.DELETE, head + x, head + y));
      }
    }
    while (x > 0 && y > 0) {
      x--;
      y--;
      reversed.add(new Step(Op.SAME, head + x, head + y));
    }
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < head; i++) steps.add(new Step(Op.SAME, i, i));
    for (int i = reversed.size() - 1; i >= 0; i--) steps.add(reversed.get(i));
    for (int i = 0; i < tail; i++)
      steps.add(new Step(Op.SAME, a.size() - tail + i, b.size() - tail + i));
    return steps;
  }
}
