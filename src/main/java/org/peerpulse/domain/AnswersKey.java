package org.peerpulse.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * A response's answers as one number, to tell "the same answers" without holding them: the first 64
 * bits of a SHA-256 of every answered item but free text, in item order, each code and value with its
 * length before it. Free text is left out because the de-identified export leaves it out: the export
 * of a program imported back into it must give the same keys. A select-many's choices count in any
 * order. Two different sets of answers share a key by chance about once in 10^19 pairs.
 */
public final class AnswersKey {
    private AnswersKey() {
    }

    public static long of(Map<String, String> answers) {
        MessageDigest sha = sha256();
        for (Map.Entry<String, String> answer : new TreeMap<>(answers).entrySet()) {
            Item item = Psp1.item(answer.getKey()).orElse(null);
            if (item != null && item.kind() == ItemKind.TEXT || answer.getValue() == null) {
                continue;
            }
            String value = answer.getValue().strip();
            if (item != null && item.kind() == ItemKind.MULTIPLE) {
                String[] choices = value.split("\\s+");
                Arrays.sort(choices);
                value = String.join(" ", choices);
            }
            field(sha, answer.getKey());
            field(sha, value);
        }
        return ByteBuffer.wrap(sha.digest()).getLong();
    }

    private static void field(MessageDigest sha, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
