package ru.parta.bench;

import java.nio.file.*;
import java.util.*;

public class DevRun {
    public static void main(String[] a) throws Exception {
        int n = Integer.parseInt(a[1]);
        BenchSchool.Size size = n > 100 ? BenchSchool.Size.FULL : new BenchSchool.Size(4, 12, 20, 30, 20_000);
        Path dir = Path.of(a[0]);
        List<Integer> rates = Arrays.stream(a[3].split(",")).map(Integer::valueOf).toList();
        ChatLoad.Settings s = new ChatLoad.Settings(size, n, Integer.parseInt(a[2]), 500, rates, n > 100 ? 10 : 3, n > 100 ? 3 : 1, 20, a[4], true,
                Path.of(a[5]), dir);
        try {
            ChatLoad.Figures f = new ChatLoad(s).run();
            System.out.println(f.table());
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }
}
