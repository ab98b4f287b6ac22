package org.regiomonitor.security.internal;

import static org.regiomonitor.db.Tables.API_TOKEN;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;

/** Personal API tokens: 256 random bits; stored as SHA-256 (tokens are random, so no salt is needed). */
public final class ApiTokens {

    public static final String PREFIX = "rm_";
    /** The entity type of tokens in the audit trail. */
    public static final String ENTITY = "api_token";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token just issued: its plain text exists only in this object. */
    public record Issued(long id, String token) {
        @Override
        public String toString() {
            return "Issued[" + id + "]";
        }
    }

    private ApiTokens() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the audit trail keeps of a new token (never the token). */
    public static Map<String, Object> createdDetail(long userId, String name, Instant expiresAt) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("user", userId);
        detail.put("name", name);
        detail.put("expiresAt", expiresAt);
        return detail;
    }

    /** Stores a new token's hash; call inside the caller's transaction. */
    public static Issued issue(DSLContext dsl, long userId, String name, Instant expiresAt) {
        String token = generate();
        long id = dsl.insertInto(API_TOKEN)
                .set(API_TOKEN.USER_ID, userId)
                .set(API_TOKEN.NAME, name)
                .set(API_TOKEN.TOKEN_HASH, hash(token))
                .set(API_TOKEN.EXPIRES_AT, expiresAt)
                .returning(API_TOKEN.ID)
                .fetchSingle(API_TOKEN.ID);
        return new Issued(id, token);
    }
}
