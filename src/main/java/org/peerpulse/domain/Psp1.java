package org.peerpulse.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Peer Worker Stressor Pulse instrument (instrument.md): its metadata columns and items,
 * in canonical column order. The codes are a contract; don't rename them.
 */
public final class Psp1 {
    public static final String SITE = "site";
    public static final String WAVE = "wave";
    public static final String RESPONDENT = "respondent";
    public static final String SUBMITTED = "submitted";
    public static final List<String> METADATA = List.of(SITE, WAVE, RESPONDENT, SUBMITTED);

    public static final String TOP3 = "top3";
    public static final int TOP3_MAX_CHOICES = 3;
    public static final String COMMENT = "comment";
    public static final int PROQOL_ITEMS = 30;

    private static final Map<String, Item> ITEMS = buildItems();

    private Psp1() {
    }

    private static Map<String, Item> buildItems() {
        Map<String, Item> items = new LinkedHashMap<>();
        for (StressDomain domain : StressDomain.values()) {
            for (String code : domain.itemCodes()) {
                items.put(code, new Item(code, ItemKind.SINGLE, ValueSet.S5, domain));
            }
        }
        add(items, new Item(TOP3, ItemKind.MULTIPLE, ValueSet.TOP3, null));
        add(items, new Item("srh", ItemKind.SINGLE, ValueSet.HEALTH, null));
        add(items, new Item("srmh", ItemKind.SINGLE, ValueSet.HEALTH, null));
        add(items, new Item("qol", ItemKind.SINGLE, ValueSet.QOL, null));
        add(items, new Item("employment", ItemKind.SINGLE, ValueSet.EMPLOYMENT, null));
        add(items, new Item("housing_status", ItemKind.SINGLE, ValueSet.HOUSING_STATUS, null));
        add(items, new Item("debrief", ItemKind.SINGLE, ValueSet.YES_NO, null));
        add(items, new Item("od_responses", ItemKind.SINGLE, ValueSet.OD_RESPONSES, null));
        add(items, new Item("stay_12m", ItemKind.SINGLE, ValueSet.STAY, null));
        add(items, new Item(COMMENT, ItemKind.TEXT, ValueSet.FREE_TEXT, null));
        for (int i = 1; i <= PROQOL_ITEMS; i++) {
            add(items, new Item(proqolItem(i), ItemKind.SINGLE, ValueSet.PROQOL, null));
        }
        return Collections.unmodifiableMap(items);
    }

    private static void add(Map<String, Item> items, Item item) {
        items.put(item.code(), item);
    }

    /** {@code pq01} … {@code pq30} (made once: the ProQOL summary asks 30 times for each of 100,000 responses). */
    public static String proqolItem(int number) {
        return ProqolCodes.CODES[number - 1];
    }

    private static final class ProqolCodes {
        static final String[] CODES = java.util.stream.IntStream.rangeClosed(1, PROQOL_ITEMS)
                .mapToObj(number -> String.format("pq%02d", number)).toArray(String[]::new);
    }

    /** Every item, in canonical column order. */
    public static List<Item> items() {
        return new ArrayList<>(ITEMS.values());
    }

    public static Optional<Item> item(String code) {
        return Optional.ofNullable(ITEMS.get(code));
    }

    public static boolean isItem(String code) {
        return ITEMS.containsKey(code);
    }

    /** The header of the canonical CSV: metadata columns, then every item. */
    public static List<String> canonicalColumns() {
        List<String> columns = new ArrayList<>(METADATA);
        columns.addAll(ITEMS.keySet());
        return columns;
    }
}
