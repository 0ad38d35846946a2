package org.claimtrack.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest of the suite shares one fresh embedded PostgreSQL cluster. */
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
public class AllTests {
}
