package it.scacchiera.floorplan.capacity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable simple undirected graph on vertices 0..n-1 with sorted neighbour arrays. Each vertex
 * carries the id it has in the graph the search started from, so that sets found in induced
 * subgraphs need no translation on the way back. Vertex order follows id order, which for a room is
 * row-major; the clique cover bound relies on that.
 */
public final class Graph {
    private final int[][] adjacency;
    private final int[] ids;

    /** @param adjacency sorted, symmetric neighbour lists without self-loops; not copied */
    public Graph(int[][] adjacency) {
        this(adjacency, identity(adjacency.length));
    }

    private Graph(int[][] adjacency, int[] ids) {
        this.adjacency = adjacency;
        this.ids = ids;
    }

    private static int[] identity(int n) {
        int[] ids = new int[n];
        Arrays.setAll(ids, i -> i);
        return ids;
    }

    public int size() {
        return adjacency.length;
    }

    /** Neighbours of {@code v}, ascending; do not modify. */
    public int[] neighbours(int v) {
        return adjacency[v];
    }

    public int degree(int v) {
        return adjacency[v].length;
    }

    /** The id of {@code v} in the root graph. */
    public int id(int v) {
        return ids[v];
    }

    public boolean adjacent(int a, int b) {
        return Arrays.binarySearch(adjacency[a], b) >= 0;
    }

    /** The subgraph induced by {@code vertices} (ascending), which keep their root ids. */
    public Graph induced(int[] vertices) {
        int[] local = new int[adjacency.length];
        Arrays.fill(local, -1);
        for (int i = 0; i < vertices.length; i++) {
            local[vertices[i]] = i;
        }
        int[][] sub = new int[vertices.length][];
        int[] subIds = new int[vertices.length];
        int[] buffer = new int[maxDegree()];
        for (int i = 0; i < vertices.length; i++) {
            int count = 0;
            for (int w : adjacency[vertices[i]]) {
                if (local[w] >= 0) {
                    buffer[count++] = local[w];
                }
            }
            sub[i] = Arrays.copyOf(buffer, count);
            subIds[i] = ids[vertices[i]];
        }
        return new Graph(sub, subIds);
    }

    /** The subgraph induced by the vertices with {@code alive[v]}. */
    public Graph induced(boolean[] alive) {
        int count = 0;
        for (boolean a : alive) {
            count += a ? 1 : 0;
        }
        int[] vertices = new int[count];
        count = 0;
        for (int v = 0; v < alive.length; v++) {
            if (alive[v]) {
                vertices[count++] = v;
            }
        }
        return induced(vertices);
    }

    public int maxDegree() {
        int max = 0;
        for (int[] list : adjacency) {
            max = Math.max(max, list.length);
        }
        return max;
    }

    /** Connected components among the vertices with {@code alive[v]}, each ascending. */
    public List<int[]> components(boolean[] alive) {
        List<int[]> components = new ArrayList<>();
        boolean[] seen = new boolean[size()];
        int[] queue = new int[size()];
        for (int start = 0; start < size(); start++) {
            if (!alive[start] || seen[start]) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            seen[start] = true;
            while (head < tail) {
                int v = queue[head++];
                for (int w : adjacency[v]) {
                    if (alive[w] && !seen[w]) {
                        seen[w] = true;
                        queue[tail++] = w;
                    }
                }
            }
            int[] component = Arrays.copyOf(queue, tail);
            Arrays.sort(component);
            components.add(component);
        }
        return components;
    }

    /** A proper 2-colouring (0/1 per vertex), or null when the graph has an odd cycle. */
    public int[] twoColouring() {
        int[] colour = new int[size()];
        Arrays.fill(colour, -1);
        int[] queue = new int[size()];
        for (int start = 0; start < size(); start++) {
            if (colour[start] >= 0) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            colour[start] = 0;
            while (head < tail) {
                int v = queue[head++];
                for (int w : adjacency[v]) {
                    if (colour[w] < 0) {
                        colour[w] = 1 - colour[v];
                        queue[tail++] = w;
                    } else if (colour[w] == colour[v]) {
                        return null;
                    }
                }
            }
        }
        return colour;
    }
}
