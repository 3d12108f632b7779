package org.countygraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The national list of divisions (2023, National Bureau of Statistics codes) with the short forms
 * news uses: {@code 湖南省} → 湖南, {@code 株洲市} → 株洲, {@code 茶陵县} → 茶陵,
 * {@code 保亭黎族苗族自治县} → 保亭.
 *
 * <p>Loaded once from the bundled CSV files under {@code org/countygraph/gazetteer/}; a missing
 * file is an {@link UncheckedIOException}. Immutable and safe to share between threads.
 */
public final class Gazetteer {
    private static final String BASE = "/org/countygraph/gazetteer/";
    /** County-level names that are also everyday words; matched only in their full official form with a city before them. */
    private static final Set<String> GENERIC = Set.of("城区", "郊区", "矿区", "新区", "市中区", "东区", "西区");
    private static final Pattern ETHNIC = Pattern.compile("^(\\p{IsHan}{2,}?)(?:\\p{IsHan}{1,3}族)+自治(?:县|州|旗|区)$");
    private static volatile Gazetteer bundled;

    private final Map<String, Division> byCode = new LinkedHashMap<>();
    private final Map<String, List<Division>> byName = new HashMap<>();
    private final Map<String, List<Division>> byShortName = new HashMap<>();

    private Gazetteer() {}

    /** The gazetteer bundled with CountyGraph, loaded on first use. */
    public static Gazetteer bundled() {
        Gazetteer g = bundled;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (bundled == null) bundled = load();
                g = bundled;
            }
        }
        return g;
    }

    private static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        for (String[] r : csv("provinces.csv")) g.add(new Division(r[0], r[1], EntityKind.PROVINCE, Optional.empty()));
        Set<String> pseudo = new java.util.HashSet<>();
        for (String[] r : csv("cities.csv")) {
            if (r[1].equals("市辖区") || r[1].equals("县") || r[1].endsWith("直辖县级行政区划")) { pseudo.add(r[0]); continue; }
            g.add(new Division(r[0], r[1], EntityKind.CITY, Optional.of(r[2])));
        }
        for (String[] r : csv("areas.csv")) {
            EntityKind kind = r[0].charAt(4) == '7' ? EntityKind.ZONE : EntityKind.COUNTY;
            String parent = pseudo.contains(r[2]) ? r[3] : r[2];
            g.add(new Division(r[0], r[1], kind, Optional.of(parent)));
        }
        g.freeze();
        return g;
    }

    private void add(Division d) {
        byCode.put(d.code(), d);
        if (!GENERIC.contains(d.name())) byName.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
        String s = shortForm(d);
        if (s != null) byShortName.computeIfAbsent(s, k -> new ArrayList<>()).add(d);
    }

    private void freeze() {
        byName.replaceAll((k, v) -> List.copyOf(v));
        byShortName.replaceAll((k, v) -> List.copyOf(v));
    }

    /** The short form news uses for a division, or null when it has none of at least two characters. */
    public static String shortForm(Division d) {
        String n = d.name();
        Matcher m = ETHNIC.matcher(n);
        if (m.matches()) return m.group(1);
        String s = switch (d.kind()) {
            case PROVINCE -> n.replaceFirst("(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$", "");
            case CITY -> n.replaceFirst("(?:市|地区|盟)$", "");
            case COUNTY -> n.replaceFirst("(?:县|市|旗)$", "");
            default -> n;
        };
        return s.length() >= 2 && !s.equals(n) ? s : null;
    }

    /** The division with this code, if listed. */
    public Optional<Division> byCode(String code) { return Optional.ofNullable(byCode.get(code)); }

    /** Divisions with exactly this official name (several counties share a name). */
    public List<Division> byName(String name) { return byName.getOrDefault(name, List.of()); }

    /** Divisions whose short form is this name. */
    public List<Division> byShortName(String name) { return byShortName.getOrDefault(name, List.of()); }

    /** True when {@code name} is some division's official name or short form. */
    public boolean namesADivision(String name) { return byName.containsKey(name) || byShortName.containsKey(name); }

    /** Every official name and short form, for building a matcher. */
    public Set<String> names() {
        Set<String> all = new java.util.HashSet<>(byName.keySet());
        all.addAll(byShortName.keySet());
        return Collections.unmodifiableSet(all);
    }

    /** Every listed division, provinces first. */
    public java.util.Collection<Division> all() { return Collections.unmodifiableCollection(byCode.values()); }

    /** True when {@code ancestor} is {@code d} or encloses it. */
    public boolean within(Division d, String ancestor) {
        Division cur = d;
        while (cur != null) {
            if (cur.code().equals(ancestor)) return true;
            cur = cur.parent().map(byCode::get).orElse(null);
        }
        return false;
    }

    private static List<String[]> csv(String file) {
        InputStream in = Gazetteer.class.getResourceAsStream(BASE + file);
        if (in == null) throw new UncheckedIOException(new IOException("bundled gazetteer file missing: " + BASE + file));
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = r.readLine(); // header
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                String[] cells = line.split(",", -1);
                for (int i = 0; i < cells.length; i++) cells[i] = cells[i].replace("\"", "").trim();
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled gazetteer file " + BASE + file, e);
        }
        return rows;
    }
}
