package org.claimtrack.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimtrack.compare.Fixtures;
import org.claimtrack.extract.SourceMention;
import org.claimtrack.extract.SourceType;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class SourceResolverTest {

    @Inject
    SourceResolver resolver;

    private Long resolve(String text, String name, SourceType type, String handle) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Source s = resolver.resolve(new SourceMention(0, text.length(), text, name, type, handle));
            return s == null ? null : s.id;
        });
    }

    @Test
    void zarifIsOneSourceUnderEveryName() {
        Long full = resolve("Javad Zarif", "Javad Zarif", SourceType.PERSON, null);
        assertEquals(full, resolve("Iran's Foreign Minister, Javad Zarif", null, SourceType.PERSON, null));
        assertEquals(full, resolve("Zarif", "Zarif", SourceType.PERSON, null));
        assertEquals(full, resolve("Zarif's", null, SourceType.PERSON, null));
        assertEquals(full, resolve("Javad Zarif (@JZarif)", null, SourceType.PERSON, "@JZarif"));
        assertEquals(full, resolve("@JZarif", null, SourceType.PERSON, null), "the handle joins");
        assertEquals(full, resolve("he", "Javad Zarif", SourceType.PERSON, null), "a pronoun with a resolved name");
        Source s = QuarkusTransaction.requiringNew().call(() -> Source.<Source>findById(full));
        assertEquals("Javad Zarif", s.name);
        assertTrue(s.handles.contains("@jzarif"), s.handles.toString());
        assertTrue(s.aliases.contains("Iran's Foreign Minister, Javad Zarif"), s.aliases.toString());
    }

    @Test
    void aFullerNameJoinsAndOnlyNamesBecomeAliases() {
        String surname = "Qz" + Fixtures.nonce();
        Long javad = resolve("Javad " + surname, null, SourceType.PERSON, null);
        assertEquals(javad, resolve("Mohammad Javad " + surname, null, SourceType.PERSON, null), "a fuller form of the name");
        assertEquals(javad, resolve("Javad " + surname + ", who", "Javad " + surname, SourceType.PERSON, null));
        Source s = QuarkusTransaction.requiringNew().call(() -> Source.<Source>findById(javad));
        assertTrue(s.aliases.contains("Mohammad Javad " + surname), s.aliases.toString());
        assertTrue(s.aliases.stream().noneMatch(a -> a.contains("who")), "no relative clause: " + s.aliases);
        Long guard = resolve("Iran's Revolutionary Guard", null, SourceType.GOVERNMENT, null);
        assertEquals(guard, resolve("IRGC", null, SourceType.GOVERNMENT, null));
    }

    @Test
    void pentagonAndTheDepartmentOfDefenseAreOneBody() {
        Long p = resolve("Pentagon", "Pentagon", SourceType.GOVERNMENT, null);
        assertEquals(p, resolve("the Pentagon", null, SourceType.GOVERNMENT, null));
        assertEquals(p, resolve("U.S. Department of Defense", null, SourceType.GOVERNMENT, null));
        assertEquals(p, resolve("United States Department of Defense", null, SourceType.ORGANIZATION, null));
    }

    @Test
    void twoPeopleWithOneSurnameStayApart() {
        String surname = "Qx" + Fixtures.nonce();
        Long alma = resolve("Alma " + surname, null, SourceType.PERSON, null);
        assertEquals(alma, resolve(surname, null, SourceType.PERSON, null), "only one known: the surname joins");
        assertEquals(alma, resolve("Secretary " + surname, null, SourceType.PERSON, null), "a title does not matter");
        Long rafael = resolve("Rafael " + surname, null, SourceType.PERSON, null);
        assertNotEquals(alma, rafael, "another first name is another person");
        Long bare = resolve(surname, null, SourceType.PERSON, null);
        assertNotEquals(alma, bare, "ambiguous now: a surname alone joins neither");
        assertNotEquals(rafael, bare);
        assertEquals(rafael, resolve("Rafael " + surname, null, SourceType.PERSON, null));
    }

    @Test
    void aSurnameFirstIsTakenOverByTheFullNameLater() {
        String surname = "Ok" + Fixtures.nonce();
        Long bare = resolve(surname, null, SourceType.PERSON, null);
        assertEquals(bare, resolve("Chidi " + surname, null, SourceType.PERSON, null));
        Source s = QuarkusTransaction.requiringNew().call(() -> Source.<Source>findById(bare));
        assertEquals("Chidi " + surname, s.name, "the full name becomes the name");
    }

    @Test
    void personsAndBodiesDoNotMix() {
        String name = "Harrow" + Fixtures.nonce();
        Long person = resolve(name, null, SourceType.PERSON, null);
        Long body = resolve(name, null, SourceType.ORGANIZATION, null);
        assertNotEquals(person, body);
    }

    @Test
    void unnamedSourcesAndPronounsStayUnlinked() {
        assertNull(resolve("officials", null, SourceType.UNNAMED, null));
        assertNull(resolve("he", null, SourceType.PERSON, null));
    }
}
