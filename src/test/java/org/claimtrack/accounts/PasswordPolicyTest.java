package org.claimtrack.accounts;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Issue 19, item 12: length, the shipped common-password list and its decorated forms. */
class PasswordPolicyTest {

    @Test
    void weakPasswordsAreRefused() {
        for (String p : List.of("a", "password", "change-me", "Password2024!", "password1234", "1234567890",
                "qwertyuiop", "P@ssw0rd123", "!!letmein2025", "aaaaaaaaaaaa", "abababababab", "Administrator",
                "administrator1", "Iloveyou!!!", "correct horse battery staple", "qwerty 12345")) {
            assertNotNull(PasswordPolicy.refusal(p, "someone"), p + " must be refused");
        }
        assertNotNull(PasswordPolicy.refusal("margaret-1990", "margaret-1990"), "the user name");
        assertNotNull(PasswordPolicy.refusal("x".repeat(201), "someone"), "too long");
        assertTrue(PasswordPolicy.refusal("short", "someone").contains("10 to 200"));
        assertTrue(PasswordPolicy.common("changeme"), "the list is loaded");
    }

    @Test
    void passphrasesAreAccepted() {
        for (String p : List.of("admin-pass", "choose-a-long-passphrase", "vera-passphrase", "tram lines at dusk",
                "Kx8#mQ2!pL9v", "первая-фраза-пароля")) {
            assertNull(PasswordPolicy.refusal(p, "someone"), p + " is acceptable");
        }
    }
}
