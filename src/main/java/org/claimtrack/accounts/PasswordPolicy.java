package org.claimtrack.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be (issue 19, item 12): 10 to 200 characters, not the user name, not one
 * character repeated, and not a common password, also when digits or punctuation are added around one
 * ({@code Password2024!}). The list ships as {@code accounts/common-passwords.txt}. Plain Java; the
 * answer is the reason for refusing, or null.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Why {@code password} is refused for {@code username}, or null when it is acceptable. */
    public static String refusal(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            return "passwords have " + MIN_LENGTH + " to " + MAX_LENGTH + " characters";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.equals(username.toLowerCase(Locale.ROOT))) {
            return "the password may not be the user name";
        }
        if (lower.chars().distinct().count() <= 2) {
            return "the password repeats one or two characters: choose a passphrase";
        }
        String core = lower.replaceAll("^[\\d\\W_]+|[\\d\\W_]+$", "");
        String squeezed = lower.replaceAll("[\\W_]+", "");
        if (COMMON.contains(lower) || COMMON.contains(core) || COMMON.contains(squeezed)
                || username != null && core.equals(username.toLowerCase(Locale.ROOT))) {
            return "this password is too common: choose a longer passphrase";
        }
        return null;
    }

    static boolean common(String password) {
        return COMMON.contains(password.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/accounts/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("accounts/common-passwords.txt is missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null;) {
                String l = line.strip().toLowerCase(Locale.ROOT);
                if (!l.isEmpty() && !l.startsWith("#")) {
                    out.add(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
