package vn.antq.site.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Publishes theme assets under content-hashed names ({@code assets/css/site.3f2a1b9c0d.css}),
 * so they can be cached forever and a changed file is never served stale.
 */
public final class HashedAssets {
    private HashedAssets() {}

    /** Writes each asset and returns logical path → output path. */
    public static Map<String, String> publish(Map<String, Path> assets, Staging staging) {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, Path> e : assets.entrySet()) {
            try {
                byte[] bytes = Files.readAllBytes(e.getValue());
                String outputPath = "assets/" + hashedName(e.getKey(), bytes);
                staging.write(outputPath, bytes);
                out.put(e.getKey(), outputPath);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return out;
    }

    public static String hashedName(String logical, byte[] bytes) {
        String hash = hash(bytes).substring(0, 10);
        int slash = logical.lastIndexOf('/');
        int dot = logical.lastIndexOf('.');
        if (dot <= slash) return logical + "." + hash;
        return logical.substring(0, dot) + "." + hash + logical.substring(dot);
    }

    public static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
