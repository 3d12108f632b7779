package org.countygraph.export;

import static org.countygraph.export.ExportFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The csv export follows the header rules of Neo4j's bulk importer ({@code neo4j-admin database
 * import}) with its default settings, read with an independent CSV parser (Apache Commons CSV).
 */
class Neo4jCsvTest {
    /** A property column: a name and optionally one of the importer's types, maybe an array. */
    private static final Pattern PROPERTY = Pattern.compile(
            "[A-Za-z_][A-Za-z0-9_]*(:(int|long|float|double|boolean|byte|short|char|string|date|localtime|time|localdatetime|datetime|duration|point)(\\[\\])?)?");
    private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*:ID|:ID");

    static List<CSVRecord> parse(byte[] file) throws IOException {
        String text = text(file);
        assertFalse(text.startsWith("\uFEFF"), "a byte order mark would become part of the first column name");
        return CSVFormat.RFC4180.builder().setRecordSeparator('\n').get().parse(new StringReader(text)).getRecords();
    }

    private static int column(List<String> header, Pattern p) {
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) if (p.matcher(header.get(i)).matches()) hits.add(i);
        assertEquals(1, hits.size(), "columns matching " + p + " in " + header);
        return hits.get(0);
    }

    private static void checkProperty(String column, String value) {
        if (value.isEmpty()) return;
        String type = column.contains(":") ? column.substring(column.indexOf(':') + 1) : "string";
        boolean array = type.endsWith("[]");
        for (String v : array ? value.split(";", -1) : new String[] {value}) {
            switch (type.replace("[]", "")) {
                case "long", "int" -> Long.parseLong(v);
                case "double", "float" -> Double.parseDouble(v);
                default -> { }
            }
        }
    }

    @Test
    void nodeAndRelationshipFilesFollowTheImporterHeaderRules() throws IOException {
        Map<String, byte[]> files = exportFiles(seed(), Selection.ALL, ExportFormat.CSV);
        assertEquals(List.of("nodes.csv", "relationships.csv"), List.copyOf(files.keySet()));

        List<CSVRecord> nodes = parse(files.get("nodes.csv"));
        List<String> nh = nodes.get(0).toList();
        int id = column(nh, ID);
        int label = column(nh, Pattern.compile(":LABEL"));
        Set<String> names = new HashSet<>();
        for (int i = 0; i < nh.size(); i++) {
            if (i == id || i == label) continue;
            assertTrue(PROPERTY.matcher(nh.get(i)).matches(), "not a property column: " + nh.get(i));
            assertTrue(names.add(nh.get(i).split(":")[0]), "property twice: " + nh.get(i));
        }
        Set<String> ids = new HashSet<>();
        for (CSVRecord r : nodes.subList(1, nodes.size())) {
            assertEquals(nh.size(), r.size(), "fields in " + r);
            assertTrue(ids.add(r.get(id)), "duplicate :ID " + r.get(id));
            for (String l : r.get(label).split(";")) assertTrue(l.matches("[A-Za-z][A-Za-z0-9_]*"), "bad label " + l);
            for (int i = 0; i < nh.size(); i++) if (i != id && i != label) checkProperty(nh.get(i), r.get(i));
        }
        assertEquals(PropertyGraphExportTest.entityCount(seed()), ids.size(), "nodes");
        assertTrue(ids.contains(YOUXIAN.getURI()));

        List<CSVRecord> rels = parse(files.get("relationships.csv"));
        List<String> rh = rels.get(0).toList();
        int start = column(rh, Pattern.compile(":START_ID"));
        int end = column(rh, Pattern.compile(":END_ID"));
        int type = column(rh, Pattern.compile(":TYPE"));
        for (int i = 0; i < rh.size(); i++) {
            if (i != start && i != end && i != type) assertTrue(PROPERTY.matcher(rh.get(i)).matches(), "not a property column: " + rh.get(i));
        }
        for (CSVRecord r : rels.subList(1, rels.size())) {
            assertEquals(rh.size(), r.size(), "fields in " + r);
            assertTrue(ids.contains(r.get(start)), ":START_ID with no node: " + r.get(start));
            assertTrue(ids.contains(r.get(end)), ":END_ID with no node: " + r.get(end));
            assertTrue(r.get(type).matches("[A-Za-z][A-Za-z0-9_]*"), "bad :TYPE " + r.get(type));
            for (int i = 0; i < rh.size(); i++) if (i != start && i != end && i != type) checkProperty(rh.get(i), r.get(i));
        }
        assertEquals(PropertyGraphExportTest.linkCount(seed()), rels.size() - 1, "relationships");
    }

    @Test
    void arraysLineBreaksAndQuotesStayInsideTheirField() throws IOException {
        Map<String, byte[]> files = exportFiles(PropertyGraphExportTest.awkward(), Selection.ALL, ExportFormat.CSV);
        String raw = text(files.get("nodes.csv"));
        assertEquals(3, raw.lines().count(), "one line per record:\n" + raw);
        List<CSVRecord> nodes = parse(files.get("nodes.csv"));
        List<String> header = nodes.get(0).toList();
        int alt = header.indexOf("altLabel:string[]");
        assertTrue(alt > 0, header.toString());
        CSVRecord enterprise = nodes.stream().filter(r -> r.get(0).equals("https://example.org/e/1")).findFirst().orElseThrow();
        assertEquals(List.of("a；b", "c d"), List.of(enterprise.get(alt).split(";")));
        assertEquals("甲&乙 <b>\"丙\"</b>\u0001", enterprise.get(header.indexOf("label")));
        assertEquals("000001", nodes.get(2).get(header.indexOf("divisionCode")), "a code stays a string, leading zeros and all");
    }
}
