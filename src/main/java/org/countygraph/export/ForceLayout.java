package org.countygraph.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * A deterministic force-directed layout (Fruchterman and Reingold, with a pull towards the centre
 * that keeps separate components near each other). No randomness: the same graph, in the same
 * order, always gets the same positions. The ideal edge length is 1.
 *
 * <p>Start positions: around a centre node, rings by distance from it (the centre stays put at
 * the origin); otherwise a sunflower spiral in vertex order.
 */
final class ForceLayout {
    private ForceLayout() {}

    /** The pull towards the origin, per unit of distance. */
    private static final double GRAVITY = 0.02;

    /**
     * Positions {@code n} vertices.
     *
     * @param edges  pairs of vertex indexes
     * @param centre the vertex to pin at the origin, or -1
     * @return {@code [i][0]} and {@code [i][1]}: the x and y of vertex i
     */
    static double[][] layout(int n, List<int[]> edges, int centre) {
        double[][] pos = centre >= 0 ? rings(n, edges, centre) : spiral(n);
        int iterations = n <= 300 ? 300 : n <= 800 ? 120 : 50;
        double t0 = 0.5 + Math.sqrt(n) / 4;
        double[][] disp = new double[n][2];
        for (int it = 0; it < iterations; it++) {
            for (double[] d : disp) Arrays.fill(d, 0);
            repel(pos, disp);
            attract(pos, disp, edges);
            double t = t0 * (1 - (double) it / iterations) + 0.01;
            for (int i = 0; i < n; i++) {
                if (i == centre) continue;
                double dx = disp[i][0] - GRAVITY * pos[i][0];
                double dy = disp[i][1] - GRAVITY * pos[i][1];
                double len = Math.sqrt(dx * dx + dy * dy);
                if (len > 0) {
                    double step = Math.min(len, t);
                    pos[i][0] += dx / len * step;
                    pos[i][1] += dy / len * step;
                }
            }
        }
        return pos;
    }

    private static void repel(double[][] pos, double[][] disp) {
        for (int i = 0; i < pos.length; i++) {
            for (int j = i + 1; j < pos.length; j++) {
                double dx = pos[i][0] - pos[j][0];
                double dy = pos[i][1] - pos[j][1];
                double d2 = dx * dx + dy * dy;
                if (d2 < 1e-6) {
                    dx = 1e-3 * (i - j);
                    dy = 1e-3;
                    d2 = dx * dx + dy * dy;
                }
                double f = 1.0 / d2; // k^2 / d, divided by d to normalise (dx, dy)
                disp[i][0] += dx * f;
                disp[i][1] += dy * f;
                disp[j][0] -= dx * f;
                disp[j][1] -= dy * f;
            }
        }
    }

    private static void attract(double[][] pos, double[][] disp, List<int[]> edges) {
        for (int[] e : edges) {
            if (e[0] == e[1]) continue;
            double dx = pos[e[0]][0] - pos[e[1]][0];
            double dy = pos[e[0]][1] - pos[e[1]][1];
            double d = Math.sqrt(dx * dx + dy * dy);
            double f = d; // d^2 / k, divided by d to normalise
            disp[e[0]][0] -= dx * f;
            disp[e[0]][1] -= dy * f;
            disp[e[1]][0] += dx * f;
            disp[e[1]][1] += dy * f;
        }
    }

    private static double[][] spiral(int n) {
        double[][] pos = new double[n][2];
        double golden = Math.PI * (3 - Math.sqrt(5));
        for (int i = 0; i < n; i++) {
            double r = Math.sqrt(i + 0.5);
            pos[i][0] = r * Math.cos(i * golden);
            pos[i][1] = r * Math.sin(i * golden);
        }
        return pos;
    }

    private static double[][] rings(int n, List<int[]> edges, int centre) {
        List<List<Integer>> adj = new ArrayList<>();
        for (int i = 0; i < n; i++) adj.add(new ArrayList<>());
        for (int[] e : edges) {
            adj.get(e[0]).add(e[1]);
            adj.get(e[1]).add(e[0]);
        }
        int[] dist = new int[n];
        Arrays.fill(dist, -1);
        dist[centre] = 0;
        Deque<Integer> queue = new ArrayDeque<>(List.of(centre));
        int max = 0;
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int w : adj.get(v)) {
                if (dist[w] < 0) {
                    dist[w] = dist[v] + 1;
                    max = Math.max(max, dist[w]);
                    queue.add(w);
                }
            }
        }
        for (int i = 0; i < n; i++) if (dist[i] < 0) dist[i] = max + 1;
        int[] ringSize = new int[max + 2];
        for (int d : dist) ringSize[d]++;
        int[] placed = new int[max + 2];
        double[][] pos = new double[n][2];
        for (int i = 0; i < n; i++) {
            int d = dist[i];
            if (d == 0) continue;
            double radius = d * Math.max(1.5, ringSize[d] / (2 * Math.PI) * 0.9 / d + 1);
            double angle = 2 * Math.PI * placed[d]++ / ringSize[d] + d * 0.3;
            pos[i][0] = radius * Math.cos(angle);
            pos[i][1] = radius * Math.sin(angle);
        }
        return pos;
    }
}
